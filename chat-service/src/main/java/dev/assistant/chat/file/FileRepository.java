package dev.assistant.chat.file;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.chat.file.FileRows.COLUMNS;

/** SQL for file records. Every statement is scoped by owner_id. */
@ApplicationScoped
public class FileRepository {

    @Inject Pool pool;

    /** Null when the conversation given is not the owner's. */
    public Uni<StoredFile> insert(SqlConnection tx, StoredFile f) {
        return tx.preparedQuery(
                        """
                INSERT INTO files (id, owner_id, name, mime_type, size_bytes, sha256, metadata, conversation_id)
                SELECT $1, $2, $3, $4, $5, $6, $7, $8
                WHERE $8::uuid IS NULL OR EXISTS (SELECT 1 FROM conversations WHERE id = $8 AND owner_id = $2)
                RETURNING\s"""
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        f.id(),
                                        f.ownerId(),
                                        f.name(),
                                        f.mimeType(),
                                        f.sizeBytes(),
                                        f.sha256(),
                                        new JsonObject(f.metadata()),
                                        f.conversationId())))
                .map(FileRows::single);
    }

    public Uni<StoredFile> find(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT " + COLUMNS + " FROM files WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(FileRows::single);
    }

    public Uni<List<StoredFile>> page(
            String ownerId, UUID conversationId, Cursor after, int limit) {
        KeysetQuery query =
                new KeysetQuery(COLUMNS, "files", ownerId)
                        .and("conversation_id = ?", conversationId)
                        .newestFirst("created_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(FileRows::all);
    }

    /** The deleted file's record, or null. */
    public Uni<StoredFile> delete(SqlConnection tx, String ownerId, UUID id) {
        return tx.preparedQuery(
                        "DELETE FROM files WHERE owner_id = $1 AND id = $2 RETURNING " + COLUMNS)
                .execute(Tuple.of(ownerId, id))
                .map(FileRows::single);
    }
}
