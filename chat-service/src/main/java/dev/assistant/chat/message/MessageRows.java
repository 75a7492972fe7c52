package dev.assistant.chat.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for messages. */
final class MessageRows {

    static final String COLUMNS =
            "id, conversation_id, owner_id, sequence, role, content, model, edited, original_content, "
                    + "metadata, created_at, updated_at";

    private MessageRows() {}

    static List<Message> all(RowSet<Row> rows) {
        List<Message> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static Message single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static Message of(Row row) {
        JsonObject metadata = row.getJsonObject("metadata");
        return new Message(
                row.getUUID("id"),
                row.getUUID("conversation_id"),
                row.getString("owner_id"),
                row.getLong("sequence"),
                row.getString("role"),
                row.getString("content"),
                row.getString("model"),
                row.getBoolean("edited"),
                row.getString("original_content"),
                metadata == null ? Map.of() : metadata.getMap(),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }
}
