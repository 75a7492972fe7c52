package dev.assistant.chat.user;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for users' profiles. */
final class UserRows {

    static final String COLUMNS =
            "id, username, email, display_name, active, created_at, updated_at, last_seen_at";

    private UserRows() {}

    static UserProfile single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<UserProfile> all(RowSet<Row> rows) {
        List<UserProfile> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static UserProfile of(Row row) {
        return new UserProfile(
                row.getString("id"),
                row.getString("username"),
                row.getString("email"),
                row.getString("display_name"),
                row.getBoolean("active"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getOffsetDateTime("last_seen_at"));
    }
}
