package dev.assistant.migration.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.core.MigrationScript;
import dev.assistant.migration.core.MigrationScripts;
import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.Phase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.jboss.logging.Logger;

/**
 * Applies one migration set with Flyway (versions, checksums, history) and the safety Flyway's
 * community edition leaves out: one runner at a time with a logged, bounded wait ({@link
 * MigrationLock}), automatic repair of an interrupted run ({@link FailedRunRepair}), lock_timeout
 * on every statement with retries and back-off, and expand/contract phases.
 */
public class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class);

    private final MigrationSet set;
    private final ConnectionSettings connection;

    public Migrator(MigrationSet set, ConnectionSettings connection) {
        this.set = set;
        this.connection = connection;
    }

    public MigrationRun migrate(MigrateOptions options, BeforeApply beforeApply) {
        long started = System.nanoTime();
        Flyway flyway = FlywayFactory.flyway(set, connection, options);
        try (Connection lockConnection = openConnection();
                MigrationLock lock =
                        MigrationLock.acquire(
                                lockConnection, set.schema(), options.lockWaitLimit())) {
            List<String> repaired = FailedRunRepair.repair(flyway, lockConnection, set.schema());
            MigrationInfoService before = flyway.info();
            String from = versionOf(before.current());
            PhaseTarget target =
                    PhaseTarget.choose(
                            versions(before.pending()), phases(), phaseFor(before, options));
            if (!target.deferred().isEmpty()) {
                LOG.infof(
                        "%s: %s held back for the contract phase (migrate --phase contract)",
                        set.name(), target.deferred());
            }
            if (target.toApply().isEmpty()) {
                return run(
                        "up-to-date",
                        options,
                        from,
                        from,
                        List.of(),
                        target,
                        repaired,
                        null,
                        lock.waitedMillis(),
                        0,
                        started);
            }
            LOG.infof(
                    "%s: applying %s to schema %s (from version %s)",
                    set.name(), target.toApply(), set.schema(), from);
            String backup = beforeApply.run(from, target.toApply());
            int retries = applyWithRetries(options, target.lastToApply(), lockConnection);
            MigrationInfoService after = flyway.info();
            List<String> applied =
                    target.toApply().stream().filter(v -> isApplied(after, v)).toList();
            return run(
                    "success",
                    options,
                    from,
                    versionOf(after.current()),
                    applied,
                    target,
                    repaired,
                    backup,
                    lock.waitedMillis(),
                    retries,
                    started);
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        }
    }

    /**
     * The phase this run applies. On a schema where nothing was ever applied no older code can be
     * using anything, so a first install applies contract migrations at once: otherwise the first
     * contract migration would hold back every later expand one, and the new pods (which need the
     * newest expand version) would never become ready.
     */
    private Phase phaseFor(MigrationInfoService before, MigrateOptions options) {
        if (before.current() == null && options.phase() == Phase.EXPAND) {
            LOG.infof(
                    "%s: schema %s is new, so its contract migrations apply now (no older code can use it)",
                    set.name(), set.schema());
            return Phase.CONTRACT;
        }
        return options.phase();
    }

    /**
     * Applies up to {@code targetVersion}; after a lock_timeout, waits (1 s doubling) and tries
     * again.
     */
    private int applyWithRetries(
            MigrateOptions options, String targetVersion, Connection lockConnection)
            throws SQLException {
        for (int attempt = 0; ; attempt++) {
            Flyway flyway =
                    FlywayFactory.configure(set, set.schema(), connection, options)
                            .target(targetVersion)
                            .load();
            try {
                flyway.migrate();
                return attempt;
            } catch (FlywayException e) {
                if (!LockTimeouts.isLockTimeout(e) || attempt >= options.maxLockRetries()) {
                    throw e;
                }
                long backoff =
                        Math.min(
                                options.maxRetryBackoff().toMillis(),
                                1000L << Math.min(attempt, 10));
                LOG.warnf(
                        "%s: a statement waited longer than lock_timeout (%d ms) for a lock held by live traffic; "
                                + "retry %d of %d in %d ms",
                        set.name(),
                        options.lockTimeout().toMillis(),
                        attempt + 1,
                        options.maxLockRetries(),
                        backoff);
                sleep(backoff);
                FailedRunRepair.repair(flyway, lockConnection, set.schema());
            }
        }
    }

    public MigrationStatus status(MigrateOptions options) {
        MigrationInfoService info = FlywayFactory.flyway(set, connection, options).info();
        Map<String, Phase> phases = phases();
        List<MigrationStatus.Entry> entries =
                Arrays.stream(info.all())
                        .map(
                                m ->
                                        new MigrationStatus.Entry(
                                                versionOf(m),
                                                m.getDescription(),
                                                m.getType().name(),
                                                m.getState().getDisplayName(),
                                                m.getChecksum(),
                                                phases.getOrDefault(versionOf(m), Phase.EXPAND)
                                                        .name()
                                                        .toLowerCase(Locale.ROOT),
                                                m.getInstalledOn() == null
                                                        ? null
                                                        : m.getInstalledOn()
                                                                .toInstant()
                                                                .toString()))
                        .toList();
        List<String> failed =
                Arrays.stream(info.all())
                        .filter(m -> m.getState().isFailed())
                        .map(Migrator::versionOf)
                        .toList();
        return new MigrationStatus(
                set.name(), versionOf(info.current()), versions(info.pending()), failed, entries);
    }

    /**
     * Adopts a database that already has the schema: records {@code version} as applied without
     * running anything.
     */
    public MigrationRun baseline(String version, MigrateOptions options) {
        long started = System.nanoTime();
        try (Connection lockConnection = openConnection();
                MigrationLock lock =
                        MigrationLock.acquire(
                                lockConnection, set.schema(), options.lockWaitLimit())) {
            Flyway flyway =
                    FlywayFactory.configure(set, set.schema(), connection, options)
                            .baselineVersion(version)
                            .baselineDescription("baseline by migration-job")
                            .load();
            flyway.baseline();
            MigrationInfoService info = flyway.info();
            return new MigrationRun(
                    set.name(),
                    "baseline",
                    null,
                    "success",
                    null,
                    versionOf(info.current()),
                    List.of(version),
                    versions(info.pending()),
                    List.of(),
                    List.of(),
                    null,
                    lock.waitedMillis(),
                    0,
                    millisSince(started),
                    null);
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        }
    }

    public Connection openConnection() throws SQLException {
        Connection c =
                DriverManager.getConnection(
                        connection.jdbcUrl(), connection.user(), connection.password());
        try (var s = c.createStatement()) {
            s.execute("SET application_name = 'migration-job'");
            // If this process dies, the server notices within seconds and releases the lock.
            s.execute("SET client_connection_check_interval = '2s'");
        }
        return c;
    }

    private Map<String, Phase> phases() {
        return MigrationScripts.versioned(set.location()).stream()
                .collect(
                        Collectors.toMap(
                                MigrationScript::version, MigrationScript::phase, (a, b) -> a));
    }

    private MigrationRun run(
            String result,
            MigrateOptions options,
            String from,
            String to,
            List<String> applied,
            PhaseTarget target,
            List<String> repaired,
            String backup,
            long lockWait,
            int retries,
            long started) {
        List<String> pending =
                target.toApply().stream()
                        .filter(v -> !applied.contains(v))
                        .collect(Collectors.toList());
        pending.addAll(target.deferred());
        return new MigrationRun(
                set.name(),
                "migrate",
                options.phase().name().toLowerCase(Locale.ROOT),
                result,
                from,
                to,
                applied,
                pending,
                target.deferred(),
                repaired,
                backup,
                lockWait,
                retries,
                millisSince(started),
                null);
    }

    private static boolean isApplied(MigrationInfoService info, String version) {
        return Arrays.stream(info.applied())
                .anyMatch(
                        m ->
                                version.equals(versionOf(m))
                                        && m.getState().isApplied()
                                        && !m.getState().isFailed());
    }

    static String versionOf(MigrationInfo info) {
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
