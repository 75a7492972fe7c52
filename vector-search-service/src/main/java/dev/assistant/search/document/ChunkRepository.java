package dev.assistant.search.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.search.chunking.Chunk;
import dev.assistant.search.model.ModelRepository;
import dev.assistant.search.model.ModelSetChangedException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A document's chunks. Every statement is scoped by owner_id. */
@ApplicationScoped
public class ChunkRepository {

    /** Separates the headings of a section path inside one text parameter (never in a heading). */
    private static final char PATH_SEPARATOR = '\u001f';

    // The English full-text vector: the section path weighted A (a match in a heading counts
    // most), the text D. The chunks and their vectors (one per model) in one statement.
    private static final String INSERT_CHUNKS =
            """
            WITH inserted AS (
                INSERT INTO chunks (document_id, owner_id, chunk_index, chunk_type, section_path, page, content,
                                    content_hash, tokens, search_tsv)
                SELECT $1, $2, t.idx, t.type, string_to_array(t.path, chr(31)), t.page, t.content, t.hash, t.tokens,
                       setweight(to_tsvector('english', replace(t.path, chr(31), ' ')), 'A')
                           || to_tsvector('english', t.content)
                FROM unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::int[])
                     AS t(idx, type, path, page, content, hash, tokens)
                RETURNING id, chunk_index)
            INSERT INTO chunk_vectors (model, chunk_id, owner_id, embedding)
            SELECT v.model, i.id, $2, v.embedding::vector
            FROM inserted i JOIN unnest($10::int[], $11::text[], $12::text[]) AS v(idx, model, embedding)
                 ON v.idx = i.chunk_index""";

    @Inject Pool pool;

    @Inject ModelRepository models;

    /**
     * Replaces all of the document's chunks and their vectors (one round trip for all of them),
     * under the live model set's lock: fails with {@link ModelSetChangedException} when the chunks
     * lack a vector of a model that is live now (a switch changed the set since they were
     * embedded); vectors of a model no longer live are left out.
     */
    public Uni<Void> replace(
            SqlConnection tx, UUID documentId, String ownerId, EmbeddedChunks embedded) {
        return models.lockLive(tx)
                .invoke(
                        live -> {
                            if (!embedded.models().containsAll(live.live())) {
                                throw new ModelSetChangedException(live);
                            }
                        })
                .call(
                        () ->
                                tx.preparedQuery(
                                                "DELETE FROM chunks WHERE document_id = $1 AND owner_id = $2")
                                        .execute(Tuple.of(documentId, ownerId)))
                .chain(
                        live ->
                                embedded.chunks().isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : insert(
                                                tx,
                                                documentId,
                                                ownerId,
                                                embedded.chunks(),
                                                live.live()));
    }

    /** The vectors the document's chunks have now, by content hash, for one model. */
    public Uni<Map<String, String>> vectorsByHash(
            String ownerId, UUID documentId, String modelVersion) {
        return pool.preparedQuery(
                        "SELECT c.content_hash, v.embedding::text AS vector FROM chunks c"
                                + " JOIN chunk_vectors v ON v.chunk_id = c.id AND v.model = $3"
                                + " WHERE c.owner_id = $1 AND c.document_id = $2")
                .execute(Tuple.of(ownerId, documentId, modelVersion))
                .map(
                        rows -> {
                            Map<String, String> vectors = new HashMap<>();
                            for (Row row : rows) {
                                vectors.put(row.getString("content_hash"), row.getString("vector"));
                            }
                            return vectors;
                        });
    }

    /** The document's chunks after {@code afterPosition}, in document order. */
    public Uni<List<StoredChunk>> page(
            String ownerId, UUID documentId, int afterPosition, int limit) {
        return pool.preparedQuery(
                        """
                        SELECT c.id, c.chunk_index, c.chunk_type, c.section_path, c.page, c.content,
                               c.tokens, c.content_hash, v.model AS model_version
                        FROM chunks c
                        LEFT JOIN embedding_models m ON m.state = 'active'
                        LEFT JOIN chunk_vectors v ON v.chunk_id = c.id AND v.model = m.model
                        WHERE c.owner_id = $1 AND c.document_id = $2 AND c.chunk_index > $3
                        ORDER BY c.chunk_index LIMIT $4""")
                .execute(Tuple.of(ownerId, documentId, afterPosition, limit))
                .map(
                        rows -> {
                            List<StoredChunk> chunks = new ArrayList<>(rows.size());
                            rows.forEach(row -> chunks.add(StoredChunk.of(row)));
                            return chunks;
                        });
    }

    private Uni<Void> insert(
            SqlConnection tx,
            UUID documentId,
            String ownerId,
            List<EmbeddedChunk> chunks,
            List<String> liveModels) {
        int n = chunks.size();
        Integer[] positions = new Integer[n];
        String[] types = new String[n];
        String[] paths = new String[n];
        Integer[] pages = new Integer[n];
        String[] contents = new String[n];
        String[] hashes = new String[n];
        Integer[] tokens = new Integer[n];
        List<Integer> vectorPositions = new ArrayList<>();
        List<String> vectorModels = new ArrayList<>();
        List<String> vectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Chunk chunk = chunks.get(i).chunk();
            positions[i] = chunk.position();
            types[i] = chunk.type().label();
            paths[i] = String.join(String.valueOf(PATH_SEPARATOR), chunk.sectionPath());
            pages[i] = chunk.page();
            contents[i] = chunk.content();
            hashes[i] = chunk.contentHash();
            tokens[i] = chunk.tokens();
            for (String model : liveModels) {
                vectorPositions.add(chunk.position());
                vectorModels.add(model);
                vectors.add(chunks.get(i).vectors().get(model));
            }
        }
        return tx.preparedQuery(INSERT_CHUNKS)
                .execute(
                        Tuple.from(
                                new Object[] {
                                    documentId,
                                    ownerId,
                                    positions,
                                    types,
                                    paths,
                                    pages,
                                    contents,
                                    hashes,
                                    tokens,
                                    vectorPositions.toArray(Integer[]::new),
                                    vectorModels.toArray(String[]::new),
                                    vectors.toArray(String[]::new)
                                }))
                .replaceWithVoid();
    }
}
