package dev.assistant.chat.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for conversations. */
final class ConversationRows {

    static final String COLUMNS =
            "id, owner_id, title, tags, template, archived, pinned, parent_id, branched_from_sequence, "
                    + "metadata, message_count, last_sequence, last_message_at, created_at, updated_at";

    private ConversationRows() {}

    static Conversation single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<Conversation> all(RowSet<Row> rows) {
        List<Conversation> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static Conversation of(Row row) {
        JsonObject metadata = row.getJsonObject("metadata");
        return new Conversation(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getString("title"),
                Arrays.asList(row.getArrayOfStrings("tags")),
                row.getString("template"),
                row.getBoolean("archived"),
                row.getBoolean("pinned"),
                row.getUUID("parent_id"),
                row.getLong("branched_from_sequence"),
                metadata == null ? Map.of() : metadata.getMap(),
                row.getLong("message_count"),
                row.getLong("last_sequence"),
                row.getOffsetDateTime("last_message_at"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }
}
