package dev.assistant.migration.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Applies one service's migrations with Flyway, which owns versioning, checksums and history.
 *
 * <p>Concurrency: Flyway serialises runners with a PostgreSQL advisory lock. We ask for the
 * session-level variant (not the transactional one) so that a migration that must run outside a
 * transaction, such as CREATE INDEX CONCURRENTLY, cannot deadlock against runners waiting for the
 * lock; a second runner waits, then finds nothing pending and reports "up-to-date".
 */
public class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class);

    private final ServiceSchema service;
    private final ConnectionSettings connection;
    private final Duration lockWaitLimit;

    public Migrator(ServiceSchema service, ConnectionSettings connection, Duration lockWaitLimit) {
        this.service = service;
        this.connection = connection;
        this.lockWaitLimit = lockWaitLimit;
    }

    public MigrationRun migrate() {
        long started = System.nanoTime();
        Flyway flyway = flyway();
        String from = versionOf(flyway.info().current());
        LOG.infof("migrating %s (schema %s) at %s, current version %s", service.serviceName(), service.schema(),
                connection.jdbcUrl(), from == null ? "<empty>" : from);
        MigrateResult result = flyway.migrate();
        List<String> applied = result.migrations.stream().map(m -> m.version).toList();
        MigrationInfoService info = flyway.info();
        return new MigrationRun(service.serviceName(), "migrate", applied.isEmpty() ? "up-to-date" : "success",
                from, versionOf(info.current()), applied, versions(info.pending()), millisSince(started), null);
    }

    public MigrationRun status() {
        long started = System.nanoTime();
        MigrationInfoService info = flyway().info();
        List<String> pending = versions(info.pending());
        String current = versionOf(info.current());
        return new MigrationRun(service.serviceName(), "status", pending.isEmpty() ? "up-to-date" : "pending",
                current, current, List.of(), pending, millisSince(started), null);
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(connection.jdbcUrl(), connection.user(), connection.password())
                .locations(service.location())
                .schemas(service.schema())
                .defaultSchema(service.schema())
                .createSchemas(true)
                // An unknown applied version means the database is newer than this job: never guess.
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                // Session-level advisory lock: safe with non-transactional migrations (see class doc).
                .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"))
                // Flyway retries the advisory lock once per second; this bounds the wait.
                .lockRetryCount((int) Math.max(1, lockWaitLimit.toSeconds()))
                .load();
    }

    private static String versionOf(MigrationInfo info) {
        if (info == null) {
            return null;
        }
        MigrationVersion version = info.getVersion();
        return version == null ? null : version.getVersion();
    }

    private static List<String> versions(MigrationInfo[] infos) {
        return Arrays.stream(infos).map(Migrator::versionOf).toList();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
