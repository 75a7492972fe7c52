package dev.assistant.migration.importer.goals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.core.ServiceSchema;
import dev.assistant.migration.migrate.BeforeApply;
import dev.assistant.migration.migrate.MigrateOptions;
import dev.assistant.migration.migrate.Migrator;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;

/**
 * goals-service's real schema (its own migrations) in the scratch database, and what an owner has
 * in it.
 */
final class GoalsDatabase {

    private GoalsDatabase() {}

    static void fresh() {
        ScratchDatabase.dropSchema("goals");
        try {
            new Migrator(ProjectMigrations.of(ServiceSchema.GOALS), SETTINGS)
                    .migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drops the schema again: its outbox trigger would otherwise count in tests that look at the
     * whole database (SharedPartsTest).
     */
    static void drop() {
        ScratchDatabase.dropSchema("goals");
    }

    /** Per table (and the outbox): the owner's row count and an md5 over every row's text. */
    static Map<String, String> snapshot(String owner) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = ScratchDatabase.connect()) {
            for (TargetTable t : TargetTable.values()) {
                out.put(t.table, rows(c, "goals." + t.table, owner));
            }
            out.put(
                    "outbox",
                    rows(
                            c,
                            "(SELECT event_type, aggregate_id, payload, owner_id FROM goals.outbox)",
                            owner));
        }
        return out;
    }

    private static String rows(Connection c, String table, String owner) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                                + table
                                + " t WHERE t.owner_id = ?")) {
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = ScratchDatabase.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = ScratchDatabase.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
