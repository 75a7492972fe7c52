package dev.assistant.goals.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for sessions; the linked goals come with each row (two small array subqueries). */
final class SessionRows {

    static final String COLUMNS =
            "id, owner_id, root_id, name, description, session_start, session_end, duration_minutes,"
                    + " total_duration_seconds, template_id, program_day_id, attributes, completed,"
                    + " completed_at, created_at, updated_at,"
                    + goalIds("short_term")
                    + ","
                    + goalIds("immediate");

    /** The position keyset paging and date filters use (matches sessions_owner_start_idx). */
    static final String POSITION = "coalesce(session_start, created_at)";

    private SessionRows() {}

    private static String goalIds(String type) {
        return " array(SELECT g.goal_id FROM session_goals g WHERE g.session_id = sessions.id"
                + " AND g.goal_type = '"
                + type
                + "' ORDER BY g.created_at, g.goal_id) AS "
                + type
                + "_goal_ids";
    }

    static Session single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<Session> all(RowSet<Row> rows) {
        List<Session> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static Session of(Row row) {
        JsonObject attributes = row.getJsonObject("attributes");
        return new Session(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getUUID("root_id"),
                row.getString("name"),
                row.getString("description"),
                row.getOffsetDateTime("session_start"),
                row.getOffsetDateTime("session_end"),
                row.getInteger("duration_minutes"),
                row.getInteger("total_duration_seconds"),
                row.getUUID("template_id"),
                row.getUUID("program_day_id"),
                attributes == null ? Map.of() : attributes.getMap(),
                row.getBoolean("completed"),
                row.getOffsetDateTime("completed_at"),
                Arrays.asList(row.getArrayOfUUIDs("short_term_goal_ids")),
                Arrays.asList(row.getArrayOfUUIDs("immediate_goal_ids")),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }

    static JsonObject json(Map<String, Object> attributes) {
        return attributes == null ? new JsonObject() : new JsonObject(attributes);
    }
}
