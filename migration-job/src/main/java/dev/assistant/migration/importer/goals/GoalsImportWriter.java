package dev.assistant.migration.importer.goals;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import dev.assistant.events.EventType;
import dev.assistant.events.outbox.Lane;
import dev.assistant.events.outbox.OutboxRow;
import dev.assistant.events.outbox.OutboxSql;
import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.importer.goals.GoalsImportReport.Conflict;
import org.postgresql.PGConnection;

/**
 * Writes mapped rows into goals-service's schema over one JDBC connection, a batch per transaction
 * (the caller keeps foreign-key order: a table's batches after those of the tables it refers to). A
 * batch is first copied straight into its table ({@code COPY}), which is all a first import needs;
 * when a row of it is already stored (a unique key taken: a re-run, a killed run's batch, a second
 * copy of the file), that copy is rolled back to its savepoint and the batch goes the careful way:
 * into a temporary staging table shaped like its target ({@code LIKE}), then one statement inserts
 * what is new ({@code INSERT ... SELECT ... ON CONFLICT DO NOTHING RETURNING} key) and compares the
 * rest with the rows already there (same key: identical is a no-op, different is a conflict — the
 * stored row is kept and the conflict reported). The events of the rows that were new go to the
 * outbox (lane bulk, {@code COPY}) in the same transaction. A killed run loses at most the batch in
 * flight; the next run writes it.
 */
final class GoalsImportWriter implements AutoCloseable {

    static final int ROWS_PER_TRANSACTION = 5000;

    private static final String UNIQUE_VIOLATION = "23505";

    /** What one table's rows (or one batch of them) came to. */
    record Outcome(long imported, long alreadyPresent, List<Conflict> conflicts) {

        static final Outcome NONE = new Outcome(0, 0, List.of());

        Outcome plus(Outcome other) {
            List<Conflict> all = new ArrayList<>(conflicts);
            all.addAll(other.conflicts);
            return new Outcome(
                    imported + other.imported, alreadyPresent + other.alreadyPresent, all);
        }
    }

    private final Connection connection;
    private final String schema;
    private final Set<TargetTable> staged = new HashSet<>();

    GoalsImportWriter(ConnectionSettings settings, String schema) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password() == null ? "" : settings.password());
        props.setProperty("ApplicationName", "migration-job import goals");
        this.schema = schema;
        connection = DriverManager.getConnection(settings.jdbcUrl(), props);
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path TO \"" + schema + "\", public");
            // Idempotent import: a crash that loses unflushed commits is redone by the next run.
            s.execute("SET synchronous_commit = off");
            // Row text (the comparison) must not depend on the server's default zone.
            s.execute("SET TimeZone = 'UTC'");
        }
        connection.commit();
    }

    /** The rows in batches of at most {@code size}, in order. */
    static List<List<TargetRow>> batches(List<TargetRow> rows, int size) {
        List<List<TargetRow>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += size) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + size)));
        }
        return batches;
    }

    /** One batch in one transaction: its new rows and their events, committed together. */
    Outcome writeBatch(TargetTable table, List<TargetRow> batch) throws SQLException {
        if (batch.isEmpty()) {
            return Outcome.NONE;
        }
        List<String> columns = new ArrayList<>(batch.getFirst().values.keySet());
        String data = copyText(columns, batch);
        Outcome outcome;
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            copy("COPY " + table.table + " (" + String.join(", ", columns) + ") FROM STDIN", data);
            connection.releaseSavepoint(beforeCopy);
            outcome = new Outcome(batch.size(), 0, List.of());
            announce(batch);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeCopy);
            outcome = writeCarefully(table, columns, data, batch);
        }
        connection.commit();
        return outcome;
    }

    /** The batch through the staging table: new rows inserted, the others compared. */
    private Outcome writeCarefully(
            TargetTable table, List<String> columns, String data, List<TargetRow> batch)
            throws SQLException {
        prepareStage(table);
        copy(
                "COPY stage_" + table.table + " (" + String.join(", ", columns) + ") FROM STDIN",
                data);
        Set<String> inserted = new HashSet<>();
        Map<String, Boolean> existing = new HashMap<>();
        moveAndCompare(table, inserted, existing);
        long imported = 0;
        long present = 0;
        List<Conflict> conflicts = new ArrayList<>();
        List<TargetRow> newRows = new ArrayList<>();
        for (TargetRow row : batch) {
            String key = row.key();
            if (inserted.contains(key)) {
                imported++;
                newRows.add(row);
            } else if (Boolean.TRUE.equals(existing.get(key))) {
                present++;
            } else {
                conflicts.add(
                        new Conflict(
                                table.table,
                                row.legacyId,
                                key,
                                existing.containsKey(key)
                                        ? "already imported with different values; the stored row was kept"
                                        : "not written: a row with the same unique key exists"));
            }
        }
        announce(newRows);
        // ON COMMIT DELETE ROWS empties the stage; a rolled-back batch takes its rows with it.
        return new Outcome(imported, present, conflicts);
    }

    Connection connection() {
        return connection;
    }

    private void prepareStage(TargetTable table) throws SQLException {
        if (!staged.add(table)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS stage_"
                            + table.table
                            + " (LIKE \""
                            + schema
                            + "\"."
                            + table.table
                            + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
        }
    }

    /**
     * The rows in COPY's text format, every value as text (COPY parses it as its column's type):
     * the fastest way into PostgreSQL.
     */
    static String copyText(List<String> columns, List<TargetRow> batch) {
        StringBuilder data = new StringBuilder(batch.size() * 256);
        for (TargetRow row : batch) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    data.append('\t');
                }
                copyValue(data, text(row.values.get(columns.get(i))));
            }
            data.append('\n');
        }
        return data.toString();
    }

    private void copy(String sql, String data) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
        } catch (IOException e) {
            throw new SQLException(sql + " failed", e);
        }
    }

    /** A value in COPY's text format: \N for null, backslash escapes for the separators. */
    private static void copyValue(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        if (plain(value)) {
            out.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** Whether the value has no character COPY's text format needs escaped (most have none). */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Inserts the staged rows that are new and, in the same statement, compares the others with the
     * rows stored under their key: the comparison reads the table as it was before the statement,
     * so it sees only rows that were there already. Fills {@code inserted} with the new keys and
     * {@code existing} with key to whether the stored row is identical.
     */
    private void moveAndCompare(
            TargetTable table, Set<String> inserted, Map<String, Boolean> existing)
            throws SQLException {
        String sql =
                "WITH moved AS (INSERT INTO "
                        + table.table
                        + " SELECT * FROM stage_"
                        + table.table
                        + " ON CONFLICT DO NOTHING RETURNING "
                        + keyText(table.table, table)
                        + " AS key)"
                        + " SELECT key, NULL::boolean FROM moved UNION ALL SELECT "
                        + keyText("s", table)
                        + ", ROW(s.*)::text = ROW(t.*)::text FROM stage_"
                        + table.table
                        + " s JOIN "
                        + table.table
                        + " t ON "
                        + table.key.stream()
                                .map(k -> "t." + k + " = s." + k)
                                .collect(Collectors.joining(" AND "));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                boolean identical = rs.getBoolean(2);
                if (rs.wasNull()) {
                    inserted.add(rs.getString(1));
                } else {
                    existing.put(rs.getString(1), identical);
                }
            }
        }
    }

    private static String keyText(String alias, TargetTable table) {
        return table.key.stream()
                .map(k -> alias + "." + k + "::text")
                .collect(Collectors.joining(" || '/' || "));
    }

    /** Queues the rows' events on the bulk lane, in the same transaction as the rows. */
    private void announce(List<TargetRow> rows) throws SQLException {
        StringBuilder data = new StringBuilder();
        for (TargetRow row : rows) {
            for (TargetRow.Event e : row.events) {
                eventLine(data, e.type(), e.payload());
            }
        }
        if (!data.isEmpty()) {
            copy(OutboxSql.COPY, data.toString());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void eventLine(StringBuilder out, EventType type, Record payload) {
        List<Object> values = OutboxRow.of(type, payload, Lane.BULK).values();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            copyValue(out, values.get(i) == null ? null : values.get(i).toString());
        }
        out.append('\n');
    }

    /**
     * A value as the text PostgreSQL reads (and the verification compares): times in ISO 8601 with
     * their offset (OffsetDateTime's own form, much cheaper than a formatter), dates ISO.
     */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.toString();
            case LocalDate d -> d.toString();
            default -> value.toString();
        };
    }

    /** Every batch committed itself; whatever is still open (a failed batch) is rolled back. */
    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
