package dev.assistant.migration.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * One runner at a time per schema: a session-level advisory lock on a connection of its own, held
 * for the whole run. Session-level (not transaction-level) so that a non-transactional migration
 * (CREATE INDEX CONCURRENTLY) never waits for a transaction of ours that waits for it. Waiting logs
 * who holds the lock at least every 10 s and gives up after the configured bound. A killed runner's
 * connection closes, and PostgreSQL releases its lock: no stuck locks.
 */
public final class MigrationLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MigrationLock.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final Connection connection;
    private final String key;
    private final long waitedMillis;

    private MigrationLock(Connection connection, String key, long waitedMillis) {
        this.connection = connection;
        this.key = key;
        this.waitedMillis = waitedMillis;
    }

    /**
     * Blocks until the lock is ours, or throws {@link LockWaitTimeoutException} after {@code
     * limit}.
     */
    public static MigrationLock acquire(Connection connection, String schema, Duration limit)
            throws SQLException {
        String key = "migration-job:" + schema;
        long start = System.nanoTime();
        long nextReport = start + REPORT_EVERY.toNanos();
        while (!tryLock(connection, key)) {
            long now = System.nanoTime();
            if (now - start >= limit.toNanos()) {
                throw new LockWaitTimeoutException(
                        "gave up after "
                                + limit.toSeconds()
                                + " s waiting for the migration lock on schema "
                                + schema
                                + " (held by "
                                + holder(connection, key)
                                + "); raise --lock-wait-seconds or stop the other runner");
            }
            if (now >= nextReport) {
                LOG.infof(
                        "waiting for the migration lock on schema %s: held by %s, waited %d s of at most %d s",
                        schema,
                        holder(connection, key),
                        (now - start) / 1_000_000_000L,
                        limit.toSeconds());
                nextReport = now + REPORT_EVERY.toNanos();
            }
            sleep(POLL);
        }
        long waited = (System.nanoTime() - start) / 1_000_000;
        if (waited > POLL.toMillis()) {
            LOG.infof("got the migration lock on schema %s after %d ms", schema, waited);
        }
        return new MigrationLock(connection, key, waited);
    }

    public long waitedMillis() {
        return waitedMillis;
    }

    private static boolean tryLock(Connection connection, String key) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** "pid 123 (migration-job, running 4 s)", for the waiting log line. */
    private static String holder(Connection connection, String key) {
        String sql =
                """
                SELECT a.pid, coalesce(nullif(a.application_name, ''), a.usename) AS who,
                       extract(epoch FROM now() - a.backend_start)::bigint AS seconds
                FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.objid::bigint = (hashtext(?)::bigint & 4294967295)""";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? "pid "
                                + rs.getInt("pid")
                                + " ("
                                + rs.getString("who")
                                + ", connected "
                                + rs.getLong("seconds")
                                + " s)"
                        : "another runner";
            }
        } catch (SQLException e) {
            return "another runner";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the migration lock", e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            s.setString(1, key);
            s.execute();
        }
    }
}
