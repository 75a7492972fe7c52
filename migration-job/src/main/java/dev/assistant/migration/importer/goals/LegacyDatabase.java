package dev.assistant.migration.importer.goals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistant.migration.importer.LegacyJson;
import org.sqlite.SQLiteConfig;

/**
 * A legacy goals.db opened read-only: which tables and columns it really has (sqlite_master and
 * PRAGMA table_info, never what a version was supposed to have), and its rows read by column name,
 * so a missing column reads as null and an extra one is ignored.
 */
final class LegacyDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final Map<String, List<String>> tables = new LinkedHashMap<>();

    private LegacyDatabase(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        try (Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.put(rs.getString(1).toLowerCase(Locale.ROOT), new ArrayList<>());
            }
        }
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            try (Statement s = connection.createStatement();
                    ResultSet rs =
                            s.executeQuery("PRAGMA table_info(\"" + table.getKey() + "\")")) {
                while (rs.next()) {
                    table.getValue().add(rs.getString("name").toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    static LegacyDatabase open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection c =
                DriverManager.getConnection(
                        "jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro",
                        config.toProperties());
        try {
            return new LegacyDatabase(file, c);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    boolean has(String table) {
        return tables.containsKey(table);
    }

    boolean has(String table, String column) {
        return tables.getOrDefault(table, List.of()).contains(column);
    }

    /** Every row of the table in storage order (rowid), or none when the table is absent. */
    List<Row> rows(String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (Row row : stream(table)) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * The table's rows in storage order, read as the caller iterates (once): the import holds the
     * rows it maps, not the file's rows as well. The statement closes when the rows run out (or
     * with the database).
     */
    Iterable<Row> stream(String table) throws SQLException {
        if (!has(table)) {
            return List.of();
        }
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"");
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            index.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), i - 1);
        }
        return () ->
                new Iterator<>() {
                    private Row next = read();

                    private Row read() {
                        try {
                            if (!rs.next()) {
                                statement.close();
                                return null;
                            }
                            Object[] values = new Object[index.size()];
                            for (int i = 0; i < values.length; i++) {
                                values[i] = rs.getObject(i + 1);
                            }
                            return new Row(table, index, values);
                        } catch (SQLException e) {
                            throw new IllegalStateException(
                                    "reading " + table + " from " + file + " failed", e);
                        }
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Row next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        Row row = next;
                        next = read();
                        return row;
                    }
                };
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** One source row; a column the file lacks reads as null. */
    record Row(String table, Map<String, Integer> index, Object[] values) {

        Object get(String column) {
            Integer i = index.get(column);
            return i == null ? null : values[i];
        }

        /** The value as text; blank text reads as null. */
        String text(String column) {
            Object v = get(column);
            if (v == null) {
                return null;
            }
            String s = v.toString();
            return s.isBlank() ? null : s;
        }

        /** 0/1 (or true/false text) as a boolean; null when absent. */
        Boolean bool(String column) {
            Object v = get(column);
            if (v == null) {
                return null;
            }
            if (v instanceof Number n) {
                return n.intValue() != 0;
            }
            String s = v.toString().strip().toLowerCase(Locale.ROOT);
            return s.equals("1") || s.equals("true") || s.equals("t") || s.equals("yes");
        }

        boolean bool(String column, boolean fallback) {
            Boolean b = bool(column);
            return b == null ? fallback : b;
        }

        /** An integer, or null when absent or not a number. */
        Integer integer(String column) {
            Object v = get(column);
            if (v instanceof Number n) {
                return n.intValue();
            }
            if (v == null) {
                return null;
            }
            try {
                return (int) Math.round(Double.parseDouble(v.toString().strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The row as JSON, for the quarantine. */
        ObjectNode json() {
            ObjectNode node = LegacyJson.MAPPER.createObjectNode();
            index.forEach(
                    (column, i) -> {
                        Object v = values[i];
                        if (v == null) {
                            node.putNull(column);
                        } else if (v instanceof Number n) {
                            node.put(column, n.doubleValue());
                        } else if (v instanceof byte[] b) {
                            node.put(column, b);
                        } else {
                            node.put(column, v.toString());
                        }
                    });
            return node;
        }
    }
}
