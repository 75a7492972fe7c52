package dev.assistant.migration.importer.goals;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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
 * Writes mapped rows into goals-service's schema over JDBC, a batch per transaction, in foreign-key
 * order. A batch goes to a temporary staging table shaped like its target ({@code LIKE}), is
 * compared with the rows already there (same key: identical is a no-op, different is a conflict —
 * the stored row is kept and the conflict reported), then moved with {@code INSERT ... SELECT ...
 * ON CONFLICT DO NOTHING RETURNING} key; the events of the rows that were new go to the outbox
 * (lane bulk) in the same transaction. A killed run loses at most the batch in flight; the next run
 * writes it.
 */
final class GoalsImportWriter implements AutoCloseable {

    static final int ROWS_PER_TRANSACTION = 5000;

    /** What one table's rows came to. */
    record Outcome(long imported, long alreadyPresent, List<Conflict> conflicts) {}

    private final Connection connection;
    private final String schema;
    private final PreparedStatement outbox;
    private final Set<TargetTable> staged = new HashSet<>();

    GoalsImportWriter(ConnectionSettings settings, String schema) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password() == null ? "" : settings.password());
        // One multi-row INSERT per batch instead of one statement per row: the import's speed.
        props.setProperty("reWriteBatchedInserts", "true");
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
        outbox = connection.prepareStatement(OutboxSql.INSERT_JDBC);
    }

    Outcome write(TargetTable table, List<TargetRow> rows, java.util.function.LongConsumer progress)
            throws SQLException {
        if (rows.isEmpty()) {
            return new Outcome(0, 0, List.of());
        }
        List<String> columns = new ArrayList<>(rows.getFirst().values.keySet());
        prepareStage(table);
        long imported = 0;
        long present = 0;
        List<Conflict> conflicts = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_TRANSACTION) {
            List<TargetRow> batch =
                    rows.subList(from, Math.min(rows.size(), from + ROWS_PER_TRANSACTION));
            stage(table, columns, batch);
            Map<String, Boolean> existing = compare(table);
            Set<String> inserted = move(table);
            for (TargetRow row : batch) {
                String key = row.key();
                if (inserted.contains(key)) {
                    imported++;
                    for (TargetRow.Event e : row.events) {
                        event(e.type(), e.payload());
                    }
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
            outbox.executeBatch();
            connection.commit();
            progress.accept(batch.size());
        }
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
        connection.commit();
    }

    /**
     * COPY into the staging table, every value as text (COPY parses it as its column's type): the
     * fastest way into PostgreSQL, and the staging table has no index to maintain.
     */
    private void stage(TargetTable table, List<String> columns, List<TargetRow> batch)
            throws SQLException {
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
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY stage_"
                                    + table.table
                                    + " ("
                                    + String.join(", ", columns)
                                    + ") FROM STDIN",
                            new StringReader(data.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into stage_" + table.table + " failed", e);
        }
    }

    /** A value in COPY's text format: \N for null, backslash escapes for the separators. */
    private static void copyValue(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
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

    /** The staged rows already stored: key to whether the stored row is identical. */
    private Map<String, Boolean> compare(TargetTable table) throws SQLException {
        String sql =
                "SELECT "
                        + keyText("s", table)
                        + ", ROW(s.*)::text = ROW(t.*)::text FROM stage_"
                        + table.table
                        + " s JOIN "
                        + table.table
                        + " t ON "
                        + table.key.stream()
                                .map(k -> "t." + k + " = s." + k)
                                .collect(Collectors.joining(" AND "));
        Map<String, Boolean> existing = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                existing.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        return existing;
    }

    private Set<String> move(TargetTable table) throws SQLException {
        String sql =
                "INSERT INTO "
                        + table.table
                        + " SELECT * FROM stage_"
                        + table.table
                        + " ON CONFLICT DO NOTHING RETURNING "
                        + keyText(table.table, table);
        Set<String> inserted = new HashSet<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                inserted.add(rs.getString(1));
            }
        }
        return inserted;
    }

    private static String keyText(String alias, TargetTable table) {
        return table.key.stream()
                .map(k -> alias + "." + k + "::text")
                .collect(Collectors.joining(" || '/' || "));
    }

    /** Queues the event on the bulk lane, in the same transaction as the row it announces. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void event(EventType type, Record payload) throws SQLException {
        List<Object> values = OutboxRow.of(type, payload, Lane.BULK).values();
        for (int i = 0; i < values.size(); i++) {
            outbox.setObject(i + 1, values.get(i));
        }
        outbox.addBatch();
    }

    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case LocalDate d -> d.toString();
            default -> value.toString();
        };
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
