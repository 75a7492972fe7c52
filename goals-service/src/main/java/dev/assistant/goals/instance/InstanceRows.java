package dev.assistant.goals.instance;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Row mapping for activity instances. Each row carries its metric values as one JSON array (a
 * correlated subquery on metric_values_instance_idx), so a session's instances are one query.
 */
final class InstanceRows {

    /** The instance columns of alias {@code i}, and its values. */
    static final String COLUMNS =
            "i.id, i.owner_id, i.root_id, i.session_id, i.activity_definition_id, i.sort_order,"
                    + " i.time_start, i.time_stop, i.duration_seconds, i.completed, i.created_at,"
                    + " i.updated_at,"
                    + " coalesce((SELECT json_agg(json_build_object('metricId', v.metric_definition_id,"
                    + "  'splitId', v.split_definition_id, 'setIndex', v.set_index, 'value', v.value)"
                    + "  ORDER BY v.set_index NULLS FIRST, m.sort_order, sp.sort_order)"
                    + "  FROM metric_values v JOIN metric_definitions m ON m.id = v.metric_definition_id"
                    + "  LEFT JOIN split_definitions sp ON sp.id = v.split_definition_id"
                    + "  WHERE v.activity_instance_id = i.id), '[]') AS metric_values";

    private InstanceRows() {}

    static ActivityInstance single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<ActivityInstance> all(RowSet<Row> rows) {
        List<ActivityInstance> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static ActivityInstance of(Row row) {
        return new ActivityInstance(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getUUID("root_id"),
                row.getUUID("session_id"),
                row.getUUID("activity_definition_id"),
                row.getInteger("sort_order"),
                row.getOffsetDateTime("time_start"),
                row.getOffsetDateTime("time_stop"),
                row.getInteger("duration_seconds"),
                row.getBoolean("completed"),
                values(jsonArray(row, "metric_values")),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }

    static HistoryEntry historyEntry(Row row) {
        ActivityInstance instance = of(row);
        JsonArray noteRows = jsonArray(row, "notes");
        List<HistoryEntry.Note> notes = new ArrayList<>(noteRows.size());
        for (int i = 0; i < noteRows.size(); i++) {
            JsonObject n = noteRows.getJsonObject(i);
            notes.add(
                    new HistoryEntry.Note(
                            UUID.fromString(n.getString("id")),
                            n.getInteger("setIndex"),
                            n.getString("content"),
                            timestamp(n.getString("createdAt"))));
        }
        return new HistoryEntry(
                instance.id(),
                instance.sessionId(),
                row.getString("session_name"),
                row.getOffsetDateTime("session_at"),
                instance.timeStart(),
                instance.timeStop(),
                instance.durationSeconds(),
                instance.completed(),
                instance.values(),
                notes,
                instance.createdAt());
    }

    static JsonArray jsonArray(Row row, String column) {
        Object value = row.getValue(column);
        return value instanceof JsonArray array ? array : new JsonArray(String.valueOf(value));
    }

    static List<MetricValue> values(JsonArray array) {
        List<MetricValue> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonObject v = array.getJsonObject(i);
            values.add(
                    new MetricValue(
                            UUID.fromString(v.getString("metricId")),
                            uuid(v.getString("splitId")),
                            v.getInteger("setIndex"),
                            v.getDouble("value")));
        }
        return values;
    }

    static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    /** PostgreSQL's JSON text of a timestamptz ("2026-01-04T08:00:00.123+00:00"). */
    static OffsetDateTime timestamp(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }
}
