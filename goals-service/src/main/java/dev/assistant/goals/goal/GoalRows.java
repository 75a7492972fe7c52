package dev.assistant.goals.goal;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for goals. */
final class GoalRows {

    static final String COLUMNS =
            "id, owner_id, root_id, parent_id, level, title, description, deadline, sort_order,"
                    + " completed_at, created_at, updated_at, deleted_at";

    private GoalRows() {}

    static Goal single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<Goal> all(RowSet<Row> rows) {
        List<Goal> goals = new ArrayList<>(rows.size());
        rows.forEach(row -> goals.add(of(row)));
        return goals;
    }

    static Goal of(Row row) {
        return new Goal(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getUUID("root_id"),
                row.getUUID("parent_id"),
                GoalLevel.valueOf(row.getString("level")),
                row.getString("title"),
                row.getString("description"),
                row.getLocalDate("deadline"),
                row.getInteger("sort_order"),
                row.getOffsetDateTime("completed_at"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getOffsetDateTime("deleted_at"));
    }
}
