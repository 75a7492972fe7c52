package dev.assistant.migration.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.jboss.logging.Logger;

import dev.assistant.migration.core.MigrationRun;
import dev.assistant.migration.core.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrate}: apply the pending migrations of one service. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply pending migrations. Safe when several copies start at once: one applies, the others wait and report up-to-date.")
public class MigrateCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(MigrateCommand.class);

    @Mixin
    ConnectionOptions options;

    @Option(names = "--output", defaultValue = "JSON", description = "JSON or TEXT (default: ${DEFAULT-VALUE})")
    RunReporter.OutputFormat output;

    private final RunReporter reporter;

    public MigrateCommand(RunReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try {
            Migrator migrator = new Migrator(options.serviceSchema(), options.connectionSettings(), options.lockWaitLimit());
            MigrationRun run = migrator.migrate();
            LOG.infof("%s: %s, version %s, applied %s", run.service(), run.result(), run.toVersion(), run.applied());
            reporter.report(run, output, System.out);
            return ExitCodes.SUCCESS;
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            LOG.errorf(e, "migration of %s failed", options.service);
            reporter.report(new MigrationRun(options.service, "migrate", "failed", null, null, List.of(), List.of(),
                    (System.nanoTime() - started) / 1_000_000, e.getMessage()), output, System.out);
            return ExitCodes.FAILURE;
        }
    }
}
