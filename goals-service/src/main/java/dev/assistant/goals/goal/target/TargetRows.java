package dev.assistant.goals.goal.target;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for goal_targets; thresholds are stored as [{"metricId": uuid, "min": number}]. */
final class TargetRows {

    static final String COLUMNS =
            "t.id, t.owner_id, t.root_id, t.goal_id, t.activity_id, t.name, t.description,"
                    + " t.thresholds, t.achieved_at, t.achieved_by, t.created_at, t.updated_at";

    private TargetRows() {}

    static Target single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<Target> all(RowSet<Row> rows) {
        List<Target> targets = new ArrayList<>(rows.size());
        rows.forEach(row -> targets.add(of(row)));
        return targets;
    }

    static Target of(Row row) {
        return new Target(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getUUID("root_id"),
                row.getUUID("goal_id"),
                row.getUUID("activity_id"),
                row.getString("name"),
                row.getString("description"),
                thresholds(row.getJsonArray("thresholds")),
                row.getOffsetDateTime("achieved_at"),
                row.getUUID("achieved_by"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }

    static JsonArray json(List<Threshold> thresholds) {
        JsonArray array = new JsonArray();
        thresholds.forEach(
                t ->
                        array.add(
                                new JsonObject()
                                        .put("metricId", t.metricId().toString())
                                        .put("min", t.min())));
        return array;
    }

    private static List<Threshold> thresholds(JsonArray array) {
        List<Threshold> thresholds = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonObject threshold = array.getJsonObject(i);
            thresholds.add(
                    new Threshold(
                            UUID.fromString(threshold.getString("metricId")),
                            threshold.getDouble("min")));
        }
        return thresholds;
    }
}
