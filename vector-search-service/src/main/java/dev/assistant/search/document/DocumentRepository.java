package dev.assistant.search.document;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.search.document.DocumentRows.COLUMNS;

/**
 * Documents: those other services announce through events (upserted by source and reference) and
 * those users upload (source "upload", with their original bytes and indexing state). Every
 * statement is scoped by owner_id, except the index worker's claim, which takes the next pending
 * document of whoever uploaded it.
 */
@ApplicationScoped
public class DocumentRepository {

    // A key the event's metadata carries replaces the stored one, a key it does not carry is kept.
    private static final String UPSERT_DOCUMENT =
            """
            INSERT INTO documents (id, owner_id, source, source_ref, title, mime_type, sha256, metadata,
                                   source_version, container_source, container_ref, indexed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
            ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, mime_type = EXCLUDED.mime_type,
                sha256 = EXCLUDED.sha256, metadata = documents.metadata || EXCLUDED.metadata,
                source_version = EXCLUDED.source_version, container_source = EXCLUDED.container_source,
                container_ref = EXCLUDED.container_ref, status = 'indexed', updated_at = now(),
                indexed_at = now()""";

    private static final String INSERT_UPLOAD =
            """
            INSERT INTO documents (id, owner_id, source, source_ref, name, title, mime_type, size_bytes,
                                   sha256, tags, status, generation)
            VALUES ($1, $2, 'upload', $9, $3, $4, $5, $6, $7, $8, 'pending', 1)
            RETURNING\s""";

    /** The oldest pending document no live worker holds, leased to this worker. */
    private static final String CLAIM_PENDING =
            """
            UPDATE documents SET claimed_until = now() + $1::int * interval '1 second', attempts = attempts + 1
            WHERE id = (SELECT id FROM documents
                        WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())
                        ORDER BY updated_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, owner_id, name, mime_type, generation, attempts""";

    @Inject Pool pool;

    /** A pending document a worker has leased. */
    public record Claim(
            UUID id, String ownerId, String name, String mimeType, long generation, int attempts) {}

    /**
     * Stores an event's document (indexed at once) as of {@code version}; its chunks are replaced
     * separately.
     */
    public Uni<Void> upsert(
            SqlConnection tx, SourceDocument document, String sha256, OffsetDateTime version) {
        SourceRef container = document.container();
        return tx.preparedQuery(UPSERT_DOCUMENT)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        document.documentId(),
                                        document.ownerId(),
                                        document.source(),
                                        document.sourceRef(),
                                        document.title() == null ? "" : document.title(),
                                        document.mimeType(),
                                        sha256,
                                        new JsonObject(document.metadata()),
                                        version,
                                        container == null ? null : container.source(),
                                        container == null ? null : container.ref())))
                .replaceWithVoid();
    }

    /**
     * Removes the document of a source deleted at {@code version}, unless it reflects a newer
     * change (the source came back since); its chunks go with it.
     */
    public Uni<Boolean> deleteUpTo(
            SqlConnection tx, String ownerId, SourceRef source, OffsetDateTime version) {
        return tx.preparedQuery(
                        "DELETE FROM documents WHERE id = $1 AND owner_id = $2"
                                + " AND (source_version IS NULL OR source_version <= $3)")
                .execute(
                        Tuple.of(
                                SourceDocument.documentId(ownerId, source.source(), source.ref()),
                                ownerId,
                                version))
                .map(rows -> rows.rowCount() > 0);
    }

    /**
     * Removes the documents that live in {@code container} (a deleted conversation's messages) and
     * reflect no change newer than its deletion; returns how many.
     */
    public Uni<Integer> deleteContainedUpTo(
            SqlConnection tx, String ownerId, SourceRef container, OffsetDateTime version) {
        return tx.preparedQuery(
                        """
                        DELETE FROM documents
                        WHERE owner_id = $1 AND container_source = $2 AND container_ref = $3
                          AND (source_version IS NULL OR source_version <= $4)""")
                .execute(Tuple.of(ownerId, container.source(), container.ref(), version))
                .map(rows -> rows.rowCount());
    }

    /** Removes every document of the owner (their chunks go with them); returns how many. */
    public Uni<Integer> deleteOwner(SqlConnection tx, String ownerId, OffsetDateTime erasedAt) {
        return tx.preparedQuery(
                        "INSERT INTO erased_owners (owner_id, erased_at) VALUES ($1, $2)"
                                + " ON CONFLICT (owner_id) DO UPDATE SET erased_at ="
                                + " greatest(erased_owners.erased_at, EXCLUDED.erased_at)")
                .execute(Tuple.of(ownerId, erasedAt))
                .chain(
                        () ->
                                tx.preparedQuery("DELETE FROM documents WHERE owner_id = $1")
                                        .execute(Tuple.of(ownerId)))
                .map(rows -> rows.rowCount());
    }

    // --- Uploaded documents ----------------------------------------------------------------------

    /** A new upload, pending, with its original bytes. */
    public Uni<StoredDocument> insertUpload(
            SqlConnection tx, UUID id, String ownerId, NewUpload upload) {
        return tx.preparedQuery(INSERT_UPLOAD + COLUMNS)
                .execute(
                        Tuple.from(
                                new Object[] {
                                    id,
                                    ownerId,
                                    upload.name(),
                                    upload.title(),
                                    upload.mimeType(),
                                    (long) upload.content().length,
                                    upload.sha256(),
                                    upload.tags().toArray(String[]::new),
                                    id.toString()
                                }))
                .map(DocumentRows::single)
                .call(
                        () ->
                                tx.preparedQuery(
                                                "INSERT INTO document_contents (document_id, owner_id, content)"
                                                        + " VALUES ($1, $2, $3)")
                                        .execute(
                                                Tuple.of(
                                                        id,
                                                        ownerId,
                                                        Buffer.buffer(upload.content()))));
    }

    public Uni<StoredDocument> findUpload(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM documents WHERE owner_id = $1 AND id = $2 AND source = 'upload'")
                .execute(Tuple.of(ownerId, id))
                .map(DocumentRows::single);
    }

    /** Newest first, after the cursor's (created_at, id). */
    public Uni<List<StoredDocument>> pageUploads(
            String ownerId, String status, Cursor after, int limit) {
        KeysetQuery query =
                new KeysetQuery(COLUMNS, "documents", ownerId)
                        .and("source = ?", StoredDocument.SOURCE_UPLOAD)
                        .and("status = ?", status)
                        .newestFirst("created_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(DocumentRows::all);
    }

    /** The original bytes of an upload, or null. */
    public Uni<byte[]> content(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT content FROM document_contents WHERE owner_id = $1 AND document_id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(
                        rows ->
                                rows.size() == 0
                                        ? null
                                        : rows.iterator().next().getBuffer("content").getBytes());
    }

    /** Back to pending, under a new generation; null when there is no such upload. */
    public Uni<StoredDocument> requestReindex(String ownerId, UUID id) {
        return pool.preparedQuery(
                        """
                        UPDATE documents SET status = 'pending', status_reason = NULL, attempts = 0,
                            claimed_until = NULL, generation = generation + 1, updated_at = now()
                        WHERE owner_id = $1 AND id = $2 AND source = 'upload'
                        RETURNING\s"""
                                + COLUMNS)
                .execute(Tuple.of(ownerId, id))
                .map(DocumentRows::single);
    }

    /** True when the upload existed; its chunks and bytes go with it. */
    public Uni<Boolean> deleteUpload(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "DELETE FROM documents WHERE owner_id = $1 AND id = $2 AND source = 'upload'")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() > 0);
    }

    // --- The index worker ------------------------------------------------------------------------

    /** The next pending document, leased for {@code leaseSeconds}; null when none is waiting. */
    public Uni<Claim> claimPending(int leaseSeconds) {
        return pool.preparedQuery(CLAIM_PENDING)
                .execute(Tuple.of(leaseSeconds))
                .map(
                        rows -> {
                            if (rows.size() == 0) {
                                return null;
                            }
                            Row row = rows.iterator().next();
                            return new Claim(
                                    row.getUUID("id"),
                                    row.getString("owner_id"),
                                    row.getString("name"),
                                    row.getString("mime_type"),
                                    row.getLong("generation"),
                                    row.getInteger("attempts"));
                        });
    }

    /**
     * Marks the claimed generation indexed, titled by the document's own title when the upload gave
     * none; false when the document was deleted or re-indexed meanwhile (then the caller's
     * transaction must not store its chunks).
     */
    public Uni<Boolean> markIndexed(SqlConnection tx, Claim claim, String ownTitle) {
        return tx.preparedQuery(
                        """
                        UPDATE documents SET status = 'indexed', status_reason = NULL, attempts = 0,
                            claimed_until = NULL, indexed_at = now(), updated_at = now(),
                            title = COALESCE(title, $4)
                        WHERE id = $1 AND owner_id = $2 AND generation = $3""")
                .execute(Tuple.of(claim.id(), claim.ownerId(), claim.generation(), ownTitle))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Marks the claimed generation failed, with the reason the API shows. */
    public Uni<Void> markFailed(Claim claim, String reason) {
        return pool.preparedQuery(
                        """
                        UPDATE documents SET status = 'failed', status_reason = $4, claimed_until = NULL,
                            updated_at = now()
                        WHERE id = $1 AND owner_id = $2 AND generation = $3""")
                .execute(Tuple.of(claim.id(), claim.ownerId(), claim.generation(), reason))
                .replaceWithVoid();
    }

    /** Lets the claim lapse after {@code seconds} so a worker tries again. */
    public Uni<Void> retryAfter(Claim claim, int seconds) {
        return pool.preparedQuery(
                        """
                        UPDATE documents SET claimed_until = now() + $4::int * interval '1 second'
                        WHERE id = $1 AND owner_id = $2 AND generation = $3""")
                .execute(Tuple.of(claim.id(), claim.ownerId(), claim.generation(), seconds))
                .replaceWithVoid();
    }
}
