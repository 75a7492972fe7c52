package dev.assistant.search.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for documents. */
final class DocumentRows {

    static final String COLUMNS =
            """
            id, owner_id, source, source_ref, name, title, mime_type, size_bytes, sha256, tags, status,
            status_reason, generation, created_at, updated_at, indexed_at,
            (SELECT count(*) FROM chunks c WHERE c.document_id = documents.id) AS chunk_count""";

    private DocumentRows() {}

    static StoredDocument single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<StoredDocument> all(RowSet<Row> rows) {
        List<StoredDocument> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static StoredDocument of(Row row) {
        String[] tags = row.getArrayOfStrings("tags");
        return new StoredDocument(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getString("source"),
                row.getString("source_ref"),
                row.getString("name"),
                row.getString("title"),
                row.getString("mime_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                tags == null ? List.of() : Arrays.asList(tags),
                row.getString("status"),
                row.getString("status_reason"),
                row.getLong("chunk_count").intValue(),
                row.getLong("generation"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getOffsetDateTime("indexed_at"));
    }
}
