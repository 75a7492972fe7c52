package dev.assistant.migration.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.assistant.migration.core.MigrationScripts;
import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.ServiceSchema;
import dev.assistant.migration.core.SharedSql;
import dev.assistant.migration.lint.Finding;
import dev.assistant.migration.lint.Linter;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lint}: static zero-downtime checks of migration files. Needs no database. Exit 3 on
 * findings.
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description =
                "Check migration SQL for zero-downtime safety: the given files, or a service's migrations and undo scripts.")
public class LintCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(LintCommand.class);

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "SQL files to check")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--service",
            description = "check this service's own migrations (chat, goals, search)")
    String service;

    @Option(
            names = "--migrations",
            paramLabel = "DIR",
            description = "with --service: the service's db folder (else MIGRATIONS_DIR)")
    Path migrations;

    @Mixin Output output;

    public record LintReport(int filesChecked, List<Finding> findings) {}

    @Override
    public Integer call() {
        if (files.isEmpty() == (service == null)) {
            LOG.error("give FILE... or --service, not both");
            return ExitCodes.USAGE;
        }
        try {
            Linter linter = new Linter();
            List<Finding> findings = new ArrayList<>();
            int checked = 0;
            if (service != null) {
                MigrationSet set =
                        MigrationSet.of(
                                ServiceSchema.fromName(service),
                                ConnectionOptions.migrationsDir(migrations, System.getenv()));
                for (var script :
                        concat(
                                MigrationScripts.versioned(set.location()),
                                MigrationScripts.undo(set.undoLocation()))) {
                    findings.addAll(linter.lint(service + "/" + script.fileName(), script.sql()));
                    checked++;
                }
            }
            for (Path file : files) {
                findings.addAll(
                        linter.lint(
                                file.toString(),
                                SharedSql.expand(Files.readString(file, StandardCharsets.UTF_8))));
                checked++;
            }
            output.print(
                    new LintReport(checked, findings),
                    r ->
                            r.findings().isEmpty()
                                    ? r.filesChecked() + " file(s) checked: no findings"
                                    : r.findings().stream()
                                                    .map(Finding::toText)
                                                    .collect(Collectors.joining("\n"))
                                            + "\n"
                                            + r.findings().size()
                                            + " finding(s) in "
                                            + r.filesChecked()
                                            + " file(s)");
            return findings.isEmpty() ? ExitCodes.SUCCESS : ExitCodes.FINDINGS;
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            LOG.error("cannot read: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
