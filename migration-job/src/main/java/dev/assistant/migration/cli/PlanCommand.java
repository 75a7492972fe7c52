package dev.assistant.migration.cli;

import java.sql.Connection;
import java.util.stream.Collectors;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.migrate.Migrator;
import dev.assistant.migration.plan.MigrationPlan;
import dev.assistant.migration.plan.Planner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plan}: dry run of the pending migrations. Changes nothing. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description =
                "Dry run: each pending statement's lock, whether it rewrites or scans its table, the table's size now, and lint findings.")
public class PlanCommand extends ServiceCommand {

    @Mixin SafetyOptions safety;

    @Override
    protected String commandName() {
        return "plan";
    }

    @Override
    protected int run() throws Exception {
        Migrator migrator =
                new Migrator(connection.migrationSet(), connection.connectionSettings());
        var status = migrator.status(safety.toOptions(Phase.EXPAND));
        try (Connection db = migrator.openConnection()) {
            MigrationPlan plan = new Planner(connection.migrationSet()).plan(status, db);
            output.print(plan, PlanCommand::text);
        }
        return ExitCodes.SUCCESS;
    }

    private static String text(MigrationPlan plan) {
        if (plan.pending().isEmpty()) {
            return plan.service() + " is at version " + plan.currentVersion() + ": nothing pending";
        }
        return plan.service()
                + " at version "
                + plan.currentVersion()
                + ", pending:\n"
                + plan.pending().stream()
                        .map(
                                m ->
                                        "V"
                                                + m.version()
                                                + " "
                                                + m.description()
                                                + " ("
                                                + m.phase()
                                                + ")\n"
                                                + m.statements().stream()
                                                        .map(
                                                                s ->
                                                                        String.format(
                                                                                "  line %d: %s%n    lock %s%s%s%s",
                                                                                s.line(),
                                                                                s.sql(),
                                                                                s.lock(),
                                                                                s.rewrites()
                                                                                        ? ", REWRITES the table"
                                                                                        : "",
                                                                                s.scans()
                                                                                        ? ", scans the table"
                                                                                        : "",
                                                                                s.table() == null
                                                                                        ? ""
                                                                                        : s
                                                                                                                .rowEstimate()
                                                                                                        == null
                                                                                                ? "; table "
                                                                                                        + s
                                                                                                                .table()
                                                                                                        + " does not exist yet"
                                                                                                : "; table "
                                                                                                        + s
                                                                                                                .table()
                                                                                                        + " ~"
                                                                                                        + s
                                                                                                                .rowEstimate()
                                                                                                        + " rows, "
                                                                                                        + s
                                                                                                                        .totalBytes()
                                                                                                                / 1024
                                                                                                        + " KiB"))
                                                        .collect(Collectors.joining("\n"))
                                                + m.findings().stream()
                                                        .map(f -> "\n  LINT " + f.toText())
                                                        .collect(Collectors.joining()))
                        .collect(Collectors.joining("\n"));
    }
}
