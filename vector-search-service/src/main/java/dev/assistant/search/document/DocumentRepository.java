package dev.assistant.search.document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Documents and their chunks; all writes run on the caller's transaction. */
@ApplicationScoped
public class DocumentRepository {

    private static final String UPSERT_DOCUMENT =
            """
            INSERT INTO documents (id, owner_id, source, source_ref, title, mime_type, sha256, metadata)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, mime_type = EXCLUDED.mime_type,
                sha256 = EXCLUDED.sha256, metadata = EXCLUDED.metadata, status = 'indexed', updated_at = now()""";

    private static final String INSERT_CHUNKS =
            """
            INSERT INTO chunks (document_id, owner_id, chunk_index, content, content_hash, tokens, embedding, model_version)
            SELECT $1, $2, t.idx, t.content, t.hash, t.tokens, t.embedding::vector, $3
            FROM unnest($4::int[], $5::text[], $6::text[], $7::int[], $8::text[]) AS t(idx, content, hash, tokens, embedding)""";

    /** Stores the document and replaces all its chunks (one round trip for all chunks). */
    public Uni<Void> save(
            SqlConnection tx,
            SourceDocument document,
            String sha256,
            List<EmbeddedChunk> chunks,
            String modelVersion) {
        UUID id = document.documentId();
        Tuple doc =
                Tuple.from(
                        List.of(
                                id,
                                document.ownerId(),
                                document.source(),
                                document.sourceRef(),
                                document.title() == null ? "" : document.title(),
                                document.mimeType(),
                                sha256,
                                new JsonObject(document.metadata())));
        return tx.preparedQuery(UPSERT_DOCUMENT)
                .execute(doc)
                .chain(
                        () ->
                                tx.preparedQuery("DELETE FROM chunks WHERE document_id = $1")
                                        .execute(Tuple.of(id)))
                .chain(
                        () ->
                                chunks.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : insertChunks(
                                                tx, id, document.ownerId(), chunks, modelVersion));
    }

    /** True when a document existed and was removed (its chunks go with it). */
    public Uni<Boolean> delete(SqlConnection tx, String ownerId, String source, String sourceRef) {
        return tx.preparedQuery("DELETE FROM documents WHERE id = $1 AND owner_id = $2")
                .execute(Tuple.of(SourceDocument.documentId(ownerId, source, sourceRef), ownerId))
                .map(rows -> rows.rowCount() > 0);
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

    /**
     * True when the owner erased their account at or after {@code changedAt}: the change is gone
     * for good.
     */
    public Uni<Boolean> erasedSince(SqlConnection tx, String ownerId, OffsetDateTime changedAt) {
        return tx.preparedQuery(
                        "SELECT 1 FROM erased_owners WHERE owner_id = $1 AND erased_at >= $2")
                .execute(Tuple.of(ownerId, changedAt))
                .map(rows -> rows.size() > 0);
    }

    private Uni<Void> insertChunks(
            SqlConnection tx,
            UUID documentId,
            String ownerId,
            List<EmbeddedChunk> chunks,
            String modelVersion) {
        List<Integer> indexes = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        List<String> vectors = new ArrayList<>();
        for (EmbeddedChunk chunk : chunks) {
            indexes.add(chunk.index());
            contents.add(chunk.content());
            hashes.add(chunk.contentHash());
            tokens.add(chunk.tokens());
            vectors.add(VectorLiteral.of(chunk.embedding()));
        }
        return tx.preparedQuery(INSERT_CHUNKS)
                .execute(
                        Tuple.from(
                                List.of(
                                        documentId,
                                        ownerId,
                                        modelVersion,
                                        indexes.toArray(Integer[]::new),
                                        contents.toArray(String[]::new),
                                        hashes.toArray(String[]::new),
                                        tokens.toArray(Integer[]::new),
                                        vectors.toArray(String[]::new))))
                .replaceWithVoid();
    }
}
