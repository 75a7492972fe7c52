package dev.assistant.events.outbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.assistant.events.EventType;

/**
 * The one way a row gets into an outbox table, for each kind of writer: the reactive client ({@code
 * $n} placeholders), JDBC ({@code ?}, migration-job's importers), {@code COPY} (importers' bulk
 * batches) and a single SQL statement that writes rows and their events together ({@link
 * #insertSelect}). The table itself comes from {@code db/lib/outbox/*.sql}, which every publishing
 * service's migrations include.
 */
public final class OutboxSql {

    public static final String COLUMNS =
            "event_id, event_type, aggregate_type, aggregate_id, owner_id, payload, lane";

    /**
     * The payload is bound as text and cast: the reactive client would send a Java String as a JSON
     * string.
     */
    public static final String INSERT_REACTIVE =
            "INSERT INTO outbox ("
                    + COLUMNS
                    + ", trace_parent) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8)";

    public static final String INSERT_JDBC =
            "INSERT INTO outbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?::text::jsonb, ?)";

    /**
     * Bulk form for importers: {@code COPY} in text format, one line per row with the values of
     * {@link OutboxRow#values()} in that order.
     */
    public static final String COPY = "COPY outbox (" + COLUMNS + ") FROM STDIN";

    private OutboxSql() {}

    /**
     * {@code INSERT INTO outbox ... SELECT ... FROM <from>}: one event of {@code type} per row of
     * {@code from}, its payload built in SQL from one expression per payload field. Every field of
     * the payload record must be given, and no other, so the SQL cannot drift from the contract.
     *
     * @param fieldExpressions payload field name to SQL expression (over {@code from}'s columns)
     * @param orderBy row order, which becomes outbox (and so publishing) order
     */
    public static String insertSelect(
            EventType<?> type,
            Lane lane,
            Map<String, String> fieldExpressions,
            String from,
            String orderBy) {
        return insertSelect(type, lane, fieldExpressions, "NULL", from, orderBy);
    }

    /**
     * As {@link #insertSelect(EventType, Lane, Map, String, String)}, each event carrying the W3C
     * traceparent {@code traceParent} evaluates to (a bind parameter, say), so it is published as
     * part of the request's trace.
     */
    public static String insertSelect(
            EventType<?> type,
            Lane lane,
            Map<String, String> fieldExpressions,
            String traceParent,
            String from,
            String orderBy) {
        List<String> fields = type.fields();
        if (!fieldExpressions.keySet().equals(Set.copyOf(fields))) {
            throw new IllegalArgumentException(
                    type.name()
                            + " needs exactly the fields "
                            + fields
                            + ", got "
                            + fieldExpressions.keySet());
        }
        String payload =
                fields.stream()
                        .map(f -> "'" + f + "', " + fieldExpressions.get(f))
                        .collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
        return "INSERT INTO outbox ("
                + COLUMNS
                + ", trace_parent)\n"
                + "SELECT gen_random_uuid(), '"
                + type.name()
                + "', '"
                + type.aggregateType()
                + "', ("
                + fieldExpressions.get(type.aggregateIdField())
                + ")::text, "
                + fieldExpressions.get(type.ownerField())
                + ", "
                + payload
                + ", '"
                + lane.sqlValue()
                + "', "
                + traceParent
                + "\n"
                + "FROM "
                + from
                + " ORDER BY "
                + orderBy;
    }

    /**
     * The SQL expression for a timestamptz as the contract writes instants (RFC 3339, UTC,
     * microseconds).
     */
    public static String instant(String column) {
        return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }
}
