package dev.assistant.migration.cli;

import java.nio.file.Path;

import dev.assistant.migration.backup.BackupSettings;
import dev.assistant.migration.backup.SchemaBackup;
import dev.assistant.migration.core.Phase;
import dev.assistant.migration.migrate.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backup}: a pg_dump archive of the service's schema now. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description =
                "Write a pg_dump custom-format archive of the service's schema and data to --backup-dir.")
public class BackupCommand extends ServiceCommand {

    @Mixin SafetyOptions safety;

    @Option(
            names = "--backup-dir",
            defaultValue = "${env:MIGRATION_BACKUP_DIR}",
            description = "where to write it (env MIGRATION_BACKUP_DIR)")
    Path backupDir;

    @Option(
            names = "--backup-retention",
            defaultValue = "${env:MIGRATION_BACKUP_RETENTION:-10}",
            description = "archives kept per service (default: ${DEFAULT-VALUE})")
    int backupRetention;

    @Option(
            names = "--pg-dump",
            defaultValue = "${env:PG_DUMP:-pg_dump}",
            description = "pg_dump executable (default: ${DEFAULT-VALUE})")
    String pgDump;

    public record BackupResult(String service, String version, String archive) {}

    @Override
    protected String commandName() {
        return "backup";
    }

    @Override
    protected int run() {
        if (backupDir == null) {
            throw new IllegalArgumentException("give --backup-dir or set MIGRATION_BACKUP_DIR");
        }
        var set = connection.migrationSet();
        String version =
                new Migrator(set, connection.connectionSettings())
                        .status(safety.toOptions(Phase.EXPAND))
                        .currentVersion();
        Path archive =
                SchemaBackup.create(
                        new BackupSettings(backupDir, backupRetention, pgDump),
                        connection.connectionSettings(),
                        set,
                        version);
        output.print(
                new BackupResult(set.name(), version, archive.toString()),
                r ->
                        "backup of "
                                + r.service()
                                + " at version "
                                + r.version()
                                + ": "
                                + r.archive());
        return ExitCodes.SUCCESS;
    }
}
