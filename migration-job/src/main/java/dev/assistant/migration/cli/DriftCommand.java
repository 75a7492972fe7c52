package dev.assistant.migration.cli;

import java.sql.Connection;
import java.util.stream.Collectors;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.drift.Difference;
import dev.assistant.migration.drift.DriftDetector;
import dev.assistant.migration.drift.DriftReport;
import dev.assistant.migration.migrate.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code drift}: the live schema against what its applied migrations produce. Exit 3 on drift. */
@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description =
                "Compare the live schema with the schema its applied migrations produce (built in a scratch schema, then dropped).")
public class DriftCommand extends ServiceCommand {

    @Mixin SafetyOptions safety;

    @Override
    protected String commandName() {
        return "drift";
    }

    @Override
    protected int run() throws Exception {
        Migrator migrator =
                new Migrator(connection.migrationSet(), connection.connectionSettings());
        try (Connection db = migrator.openConnection()) {
            DriftReport report =
                    new DriftDetector(connection.migrationSet(), connection.connectionSettings())
                            .detect(safety.toOptions(Phase.EXPAND), db);
            output.print(
                    report,
                    r ->
                            r.clean()
                                    ? r.service()
                                            + " matches its migrations up to version "
                                            + r.version()
                                    : r.service()
                                            + " has drifted from its migrations (version "
                                            + r.version()
                                            + "):\n"
                                            + r.differences().stream()
                                                    .map(Difference::toText)
                                                    .map(t -> "  " + t)
                                                    .collect(Collectors.joining("\n")));
            return report.clean() ? ExitCodes.SUCCESS : ExitCodes.FINDINGS;
        }
    }
}
