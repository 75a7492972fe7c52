package dev.assistant.chat.message;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for search hits; {@code match} says which search found them. */
final class MessageSearchRows {

    private MessageSearchRows() {}

    static List<MessageSearchHit> all(RowSet<Row> rows, String match) {
        List<MessageSearchHit> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row, match)));
        return list;
    }

    static MessageSearchHit of(Row row, String match) {
        return new MessageSearchHit(
                row.getUUID("id"),
                row.getUUID("conversation_id"),
                row.getLong("sequence"),
                row.getString("role"),
                row.getString("model"),
                row.getOffsetDateTime("created_at"),
                row.getString("snippet"),
                row.getDouble("score"),
                match);
    }
}
