package dev.assistant.migration.cli;

import java.util.stream.Collectors;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.migrate.MigrationStatus;
import dev.assistant.migration.migrate.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code status}: applied, pending and failed migrations with checksums; {@code --check} exits 3
 * when anything is pending.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show applied, pending and failed migrations with checksums and phases.")
public class StatusCommand extends ServiceCommand {

    @Mixin SafetyOptions safety;

    @Option(
            names = "--check",
            description = "exit 3 if any migration is pending or failed (readiness gates, CI)")
    boolean check;

    @Override
    protected String commandName() {
        return "status";
    }

    @Override
    protected int run() {
        MigrationStatus status =
                new Migrator(connection.migrationSet(), connection.connectionSettings())
                        .status(safety.toOptions(Phase.EXPAND));
        output.print(
                status,
                s ->
                        s.service()
                                + " at version "
                                + s.currentVersion()
                                + ", pending "
                                + s.pending()
                                + ", failed "
                                + s.failed()
                                + "\n"
                                + s.migrations().stream()
                                        .map(
                                                m ->
                                                        String.format(
                                                                "  %-8s %-10s %-9s %-12s %s",
                                                                m.version(),
                                                                m.phase(),
                                                                m.state(),
                                                                m.checksum(),
                                                                m.description()))
                                        .collect(Collectors.joining("\n")));
        return check && !(status.pending().isEmpty() && status.failed().isEmpty())
                ? ExitCodes.FINDINGS
                : ExitCodes.SUCCESS;
    }
}
