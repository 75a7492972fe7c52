package dev.assistant.search.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.search.chunking.Chunk;
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
    // most), the text D.
    private static final String INSERT_CHUNKS =
            """
            INSERT INTO chunks (document_id, owner_id, chunk_index, chunk_type, section_path, page, content,
                                content_hash, tokens, embedding, model_version, search_tsv)
            SELECT $1, $2, t.idx, t.type, string_to_array(t.path, chr(31)), t.page, t.content,
                   t.hash, t.tokens, t.embedding::vector, $3,
                   setweight(to_tsvector('english', replace(t.path, chr(31), ' ')), 'A')
                       || to_tsvector('english', t.content)
            FROM unnest($4::int[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::int[], $11::text[])
                 AS t(idx, type, path, page, content, hash, tokens, embedding)""";

    @Inject Pool pool;

    /** Replaces all of the document's chunks (one round trip for all of them). */
    public Uni<Void> replace(
            SqlConnection tx,
            UUID documentId,
            String ownerId,
            List<EmbeddedChunk> chunks,
            String modelVersion) {
        return tx.preparedQuery("DELETE FROM chunks WHERE document_id = $1 AND owner_id = $2")
                .execute(Tuple.of(documentId, ownerId))
                .chain(
                        () ->
                                chunks.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : insert(tx, documentId, ownerId, chunks, modelVersion));
    }

    /** The vectors the document's chunks have now, by content hash, for one model. */
    public Uni<Map<String, String>> vectorsByHash(
            String ownerId, UUID documentId, String modelVersion) {
        return pool.preparedQuery(
                        "SELECT content_hash, embedding::text AS vector FROM chunks"
                                + " WHERE owner_id = $1 AND document_id = $2 AND model_version = $3")
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
                        SELECT id, chunk_index, chunk_type, section_path, page, content, tokens,
                               content_hash, model_version
                        FROM chunks WHERE owner_id = $1 AND document_id = $2 AND chunk_index > $3
                        ORDER BY chunk_index LIMIT $4""")
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
            String modelVersion) {
        int n = chunks.size();
        Integer[] positions = new Integer[n];
        String[] types = new String[n];
        String[] paths = new String[n];
        Integer[] pages = new Integer[n];
        String[] contents = new String[n];
        String[] hashes = new String[n];
        Integer[] tokens = new Integer[n];
        String[] vectors = new String[n];
        for (int i = 0; i < n; i++) {
            Chunk chunk = chunks.get(i).chunk();
            positions[i] = chunk.position();
            types[i] = chunk.type().label();
            paths[i] = String.join(String.valueOf(PATH_SEPARATOR), chunk.sectionPath());
            pages[i] = chunk.page();
            contents[i] = chunk.content();
            hashes[i] = chunk.contentHash();
            tokens[i] = chunk.tokens();
            vectors[i] = chunks.get(i).vector();
        }
        return tx.preparedQuery(INSERT_CHUNKS)
                .execute(
                        Tuple.from(
                                new Object[] {
                                    documentId,
                                    ownerId,
                                    modelVersion,
                                    positions,
                                    types,
                                    paths,
                                    pages,
                                    contents,
                                    hashes,
                                    tokens,
                                    vectors
                                }))
                .replaceWithVoid();
    }
}
