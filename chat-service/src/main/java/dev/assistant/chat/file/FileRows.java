package dev.assistant.chat.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for file records. */
final class FileRows {

    static final String COLUMNS =
            "id, owner_id, name, mime_type, size_bytes, sha256, metadata, conversation_id, created_at";

    private FileRows() {}

    static StoredFile single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<StoredFile> all(RowSet<Row> rows) {
        List<StoredFile> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static StoredFile of(Row row) {
        JsonObject metadata = row.getJsonObject("metadata");
        return new StoredFile(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getString("name"),
                row.getString("mime_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                metadata == null ? Map.of() : metadata.getMap(),
                row.getUUID("conversation_id"),
                row.getOffsetDateTime("created_at"));
    }
}
