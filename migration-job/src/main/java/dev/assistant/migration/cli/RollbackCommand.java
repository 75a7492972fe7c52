package dev.assistant.migration.cli;

import java.sql.Connection;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.migrate.MigrationRun;
import dev.assistant.migration.migrate.Migrator;
import dev.assistant.migration.rollback.Rollback;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rollback --to VERSION}: undo applied migrations with their paired undo scripts. */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description =
                "Undo applied migrations down to VERSION with their U<version>__*.sql scripts; refuses if any is missing.")
public class RollbackCommand extends ServiceCommand {

    @Mixin SafetyOptions safety;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "VERSION",
            converter = VersionConverter.class,
            description = "the version to end at (0: undo everything)")
    String toVersion;

    @Override
    protected String commandName() {
        return "rollback";
    }

    @Override
    protected int run() throws Exception {
        Migrator migrator =
                new Migrator(connection.migrationSet(), connection.connectionSettings());
        try (Connection db = migrator.openConnection()) {
            MigrationRun run =
                    new Rollback(connection.migrationSet(), connection.connectionSettings())
                            .to(toVersion, safety.toOptions(Phase.CONTRACT), db);
            dev.assistant.migration.history.RunHistory.record(
                    connection.connectionSettings(), run, Output.json(run));
            output.print(run, ServiceCommand::textOf);
        }
        return ExitCodes.SUCCESS;
    }
}
