package dev.assistant.migration.cli;

import dev.assistant.migration.core.Phase;
import dev.assistant.migration.migrate.MigrationRun;
import dev.assistant.migration.migrate.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baseline --version V}: adopt a database that already has the schema up to V. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        description =
                "Adopt an existing database whose schema already matches version V: record V as applied, run nothing.")
public class BaselineCommand extends ServiceCommand {

    @Mixin SafetyOptions safety;

    @Option(
            names = "--version",
            required = true,
            paramLabel = "V",
            converter = VersionConverter.class,
            description = "the version the existing schema is at")
    String version;

    @Override
    protected String commandName() {
        return "baseline";
    }

    @Override
    protected int run() {
        MigrationRun run =
                new Migrator(connection.migrationSet(), connection.connectionSettings())
                        .baseline(version, safety.toOptions(Phase.EXPAND));
        dev.assistant.migration.history.RunHistory.record(
                connection.connectionSettings(), run, Output.json(run));
        output.print(run, ServiceCommand::textOf);
        return ExitCodes.SUCCESS;
    }
}
