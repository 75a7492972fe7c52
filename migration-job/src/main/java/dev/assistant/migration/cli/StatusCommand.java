package dev.assistant.migration.cli;

import java.util.concurrent.Callable;

import org.jboss.logging.Logger;

import dev.assistant.migration.core.MigrationRun;
import dev.assistant.migration.core.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status}: current version and pending migrations; {@code --check} exits 3 when anything is pending. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the current version and pending migrations.")
public class StatusCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(StatusCommand.class);

    @Mixin
    ConnectionOptions options;

    @Option(names = "--output", defaultValue = "JSON", description = "JSON or TEXT (default: ${DEFAULT-VALUE})")
    RunReporter.OutputFormat output;

    @Option(names = "--check", description = "exit 3 if any migration is pending")
    boolean check;

    private final RunReporter reporter;

    public StatusCommand(RunReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() {
        try {
            MigrationRun run = new Migrator(options.serviceSchema(), options.connectionSettings(), options.lockWaitLimit()).status();
            reporter.report(run, output, System.out);
            return check && !run.pending().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.SUCCESS;
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            LOG.errorf(e, "status of %s failed", options.service);
            return ExitCodes.FAILURE;
        }
    }
}
