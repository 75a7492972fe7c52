package dev.assistant.chat.admin;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for the administrators' cross-user reads. */
final class AdminRows {

    private AdminRows() {}

    static AdminStats stats(RowSet<Row> rows) {
        Row r = rows.iterator().next();
        return new AdminStats(
                r.getLong("users"),
                r.getLong("active_users"),
                r.getLong("seen"),
                r.getLong("conversations"),
                r.getLong("messages"),
                r.getLong("memories"),
                r.getLong("files"),
                r.getLong("bytes"),
                r.getLong("backlog"));
    }

    static ConnectionStates connectionStates(RowSet<Row> rows) {
        Row r = rows.iterator().next();
        return new ConnectionStates(
                r.getInteger("active"), r.getInteger("idle"), r.getInteger("idle_tx"));
    }

    static List<DatabaseView.SlowQuery> slowQueries(RowSet<Row> rows) {
        List<DatabaseView.SlowQuery> list = new ArrayList<>(rows.size());
        rows.forEach(
                r ->
                        list.add(
                                new DatabaseView.SlowQuery(
                                        r.getInteger("pid"),
                                        r.getString("usename"),
                                        r.getString("application_name"),
                                        r.getString("state"),
                                        r.getDouble("seconds"),
                                        r.getString("wait"),
                                        r.getString("query"))));
        return list;
    }
}
