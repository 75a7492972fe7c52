package dev.assistant.migration.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.jboss.logging.Logger;

/**
 * Makes a run that was killed or failed half-way re-runnable without a human: Flyway's "failed"
 * history entries (left by a non-transactional migration) are removed, and indexes a killed CREATE
 * INDEX CONCURRENTLY left INVALID are dropped, so the migration, which is retry-safe (lint rule
 * prefer-robust-stmts), simply runs again. Transactional migrations need nothing: a killed
 * transaction rolls back on its own.
 */
final class FailedRunRepair {

    private static final Logger LOG = Logger.getLogger(FailedRunRepair.class);

    private FailedRunRepair() {}

    /** Returns what was repaired (empty when nothing was needed). Runs under the migration lock. */
    static List<String> repair(Flyway flyway, Connection connection, String schema)
            throws SQLException {
        List<String> repaired = new ArrayList<>();
        boolean failedEntries =
                Arrays.stream(flyway.info().all())
                        .anyMatch(m -> m.getState() == MigrationState.FAILED);
        if (failedEntries) {
            flyway.repair();
            repaired.add("removed failed history entries");
            LOG.warnf(
                    "schema %s had failed migration entries (an interrupted run); removed them so the migration runs again",
                    schema);
        }
        for (String index : invalidIndexes(connection, schema)) {
            try (Statement s = connection.createStatement()) {
                s.execute(
                        "DROP INDEX CONCURRENTLY IF EXISTS " + quote(schema) + "." + quote(index));
            }
            repaired.add("dropped invalid index " + index);
            LOG.warnf(
                    "dropped invalid index %s.%s left by an interrupted CREATE INDEX CONCURRENTLY",
                    schema, index);
        }
        return repaired;
    }

    private static List<String> invalidIndexes(Connection connection, String schema)
            throws SQLException {
        String sql =
                """
                SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND NOT i.indisvalid""";
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
