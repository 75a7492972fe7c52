package dev.assistant.migration.core;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The migration_test database that "suite infra up" creates; tests drop and re-create schemas in
 * it.
 */
public final class ScratchDatabase {

    public static final ConnectionSettings SETTINGS =
            new ConnectionSettings(
                    System.getProperty(
                            "test.migration.db-url",
                            "jdbc:postgresql://127.0.0.1:5432/migration_test"),
                    "migration_test",
                    "migration_test");

    private ScratchDatabase() {}

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    public static void execute(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * A test migration set under db/test/NAME, in schema mt_NAME (undo scripts under
     * db/test/NAME-undo).
     */
    public static MigrationSet testSet(String name) {
        return new MigrationSet(name, "mt_" + name, "db/test/" + name, "db/test/" + name + "-undo");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                SETTINGS.jdbcUrl(), SETTINGS.user(), SETTINGS.password());
    }

    public static long count(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
