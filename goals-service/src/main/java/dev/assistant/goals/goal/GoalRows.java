package dev.assistant.goals.goal;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for goals. */
final class GoalRows {

    /** Every statement that maps goals selects (or returns) these first, in this order. */
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

    /** A row that starts with {@link #COLUMNS}, read by position (names cost a lookup each). */
    static Goal of(Row row) {
        return new Goal(
                row.getUUID(0),
                row.getString(1),
                row.getUUID(2),
                row.getUUID(3),
                GoalLevel.valueOf(row.getString(4)),
                row.getString(5),
                row.getString(6),
                row.getLocalDate(7),
                row.getInteger(8),
                row.getOffsetDateTime(9),
                row.getOffsetDateTime(10),
                row.getOffsetDateTime(11),
                row.getOffsetDateTime(12));
    }
}
