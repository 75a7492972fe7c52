package dev.assistant.migration.cli;

import java.nio.file.Path;

import dev.assistant.migration.backup.BackupSettings;
import dev.assistant.migration.backup.SchemaBackup;
import dev.assistant.migration.core.Phase;
import dev.assistant.migration.history.RunHistory;
import dev.assistant.migration.metrics.Pushgateway;
import dev.assistant.migration.migrate.BeforeApply;
import dev.assistant.migration.migrate.MigrationRun;
import dev.assistant.migration.migrate.Migrator;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code migrate}: apply pending migrations of the phase, safely under concurrency, kills and live
 * traffic.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description =
                "Apply pending migrations (expand only, unless --phase contract). Several copies may start at once: "
                        + "one applies, the others wait and report up-to-date.")
public class MigrateCommand extends ServiceCommand {

    private static final Logger LOG = Logger.getLogger(MigrateCommand.class);

    @Mixin SafetyOptions safety;

    @Option(
            names = "--phase",
            defaultValue = "expand",
            description = "expand (the init container) or contract (after the rollout)")
    String phase;

    @Option(
            names = "--backup-dir",
            defaultValue = "${env:MIGRATION_BACKUP_DIR}",
            description =
                    "back up the schema with pg_dump here before applying anything; migrate refuses to start if it fails (env MIGRATION_BACKUP_DIR)")
    Path backupDir;

    @Option(
            names = "--backup-retention",
            defaultValue = "${env:MIGRATION_BACKUP_RETENTION:-10}",
            description = "backups kept per service (default: ${DEFAULT-VALUE})")
    int backupRetention;

    @Option(
            names = "--pg-dump",
            defaultValue = "${env:PG_DUMP:-pg_dump}",
            description = "pg_dump executable (default: ${DEFAULT-VALUE})")
    String pgDump;

    @Option(
            names = "--pushgateway-url",
            defaultValue = "${env:MIGRATION_PUSHGATEWAY_URL}",
            description =
                    "push run metrics to this Prometheus Pushgateway (env MIGRATION_PUSHGATEWAY_URL)")
    String pushgatewayUrl;

    @Override
    protected String commandName() {
        return "migrate";
    }

    @Override
    protected int run() {
        var set = connection.migrationSet();
        var settings = connection.connectionSettings();
        var options = safety.toOptions(Phase.parse(phase));
        BeforeApply backup =
                backupDir == null
                        ? BeforeApply.NOTHING
                        : (from, versions) ->
                                SchemaBackup.create(
                                                new BackupSettings(
                                                        backupDir, backupRetention, pgDump),
                                                settings,
                                                set,
                                                from)
                                        .toString();
        MigrationRun run;
        try {
            run = new Migrator(set, settings).migrate(options, backup);
        } catch (RuntimeException e) {
            record(settings, MigrationRun.failed(set.name(), "migrate", phase, 0, e.getMessage()));
            throw e;
        }
        LOG.infof(
                "%s: %s, version %s, applied %s",
                run.service(), run.result(), run.toVersion(), run.applied());
        record(settings, run);
        output.print(run, ServiceCommand::textOf);
        return ExitCodes.SUCCESS;
    }

    private void record(
            dev.assistant.migration.core.ConnectionSettings settings, MigrationRun run) {
        RunHistory.record(settings, run, Output.json(run));
        if (pushgatewayUrl != null && !pushgatewayUrl.isBlank()) {
            Pushgateway.push(pushgatewayUrl, run);
        }
    }
}
