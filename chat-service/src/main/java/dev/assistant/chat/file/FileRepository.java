package dev.assistant.chat.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.chat.paging.Cursor;
import dev.assistant.chat.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** SQL for file records. Every statement is scoped by owner_id. */
@ApplicationScoped
public class FileRepository {

    private static final String COLUMNS = "id, owner_id, name, mime_type, size_bytes, sha256, metadata, conversation_id, created_at";

    @Inject
    Pool pool;

    /** Null when the conversation given is not the owner's. */
    public Uni<StoredFile> insert(SqlConnection tx, StoredFile f) {
        return tx.preparedQuery("""
                INSERT INTO files (id, owner_id, name, mime_type, size_bytes, sha256, metadata, conversation_id)
                SELECT $1, $2, $3, $4, $5, $6, $7, $8
                WHERE $8::uuid IS NULL OR EXISTS (SELECT 1 FROM conversations WHERE id = $8 AND owner_id = $2)
                RETURNING\s""" + COLUMNS)
                .execute(Tuple.from(java.util.Arrays.asList(f.id(), f.ownerId(), f.name(), f.mimeType(), f.sizeBytes(), f.sha256(),
                        new JsonObject(f.metadata()), f.conversationId())))
                .map(FileRepository::single);
    }

    public Uni<StoredFile> find(String ownerId, UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM files WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id)).map(FileRepository::single);
    }

    public Uni<List<StoredFile>> page(String ownerId, UUID conversationId, Cursor after, int limit) {
        KeysetQuery query = new KeysetQuery(COLUMNS, "files", ownerId).and("conversation_id = ?", conversationId)
                .newestFirst("created_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(FileRepository::all);
    }

    /** The deleted file's record, or null. */
    public Uni<StoredFile> delete(SqlConnection tx, String ownerId, UUID id) {
        return tx.preparedQuery("DELETE FROM files WHERE owner_id = $1 AND id = $2 RETURNING " + COLUMNS)
                .execute(Tuple.of(ownerId, id)).map(FileRepository::single);
    }

    private static StoredFile single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    private static List<StoredFile> all(RowSet<Row> rows) {
        List<StoredFile> list = new ArrayList<>(rows.size());
        rows.forEach(r -> list.add(of(r)));
        return list;
    }

    private static StoredFile of(Row r) {
        JsonObject metadata = r.getJsonObject("metadata");
        return new StoredFile(r.getUUID("id"), r.getString("owner_id"), r.getString("name"), r.getString("mime_type"),
                r.getLong("size_bytes"), r.getString("sha256"), metadata == null ? Map.of() : metadata.getMap(),
                r.getUUID("conversation_id"), r.getOffsetDateTime("created_at"));
    }
}
