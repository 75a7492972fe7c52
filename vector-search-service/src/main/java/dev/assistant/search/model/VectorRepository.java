package dev.assistant.search.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The re-embedder's SQL over every owner's chunks: which lack a model's vector, storing vectors,
 * deleting a retired model's, and how far a model has come.
 *
 * <p>Work is handed out in ranges of chunk ids: a claim moves the model's {@code reembed_cursor}
 * past the next {@code n} chunks lacking its vector, under the model row's lock, so replicas take
 * disjoint ranges and no transaction stays open while a range is embedded. A replica that dies with
 * a range leaves those chunks without a vector; the pass that ends finds them and starts over.
 */
@ApplicationScoped
public class VectorRepository {

    /** Chunk ids in (after, upTo]. */
    public record Range(long after, long upTo) {}

    /** A chunk as the re-embedder reads it. */
    public record ChunkText(long id, String type, List<String> sectionPath, String content) {}

    /** Chunks with a vector of the model, of all chunks. */
    public record Progress(long done, long total) {}

    private static final String MISSING =
            " NOT EXISTS (SELECT 1 FROM chunk_vectors v WHERE v.model = $1 AND v.chunk_id = c.id)";

    @Inject Pool pool;

    /** The next range with up to {@code n} chunks lacking {@code version}; null at a pass's end. */
    public Uni<Range> claim(String version, int n) {
        return pool.withTransaction(
                tx ->
                        tx.preparedQuery(
                                        "SELECT reembed_cursor FROM embedding_models WHERE model = $1"
                                                + " AND state IN ('building', 'active') FOR UPDATE")
                                .execute(Tuple.of(version))
                                .chain(
                                        rows ->
                                                rows.size() == 0
                                                        ? Uni.createFrom().nullItem()
                                                        : next(
                                                                tx,
                                                                version,
                                                                rows.iterator().next().getLong(0),
                                                                n)));
    }

    private Uni<Range> next(SqlConnection tx, String version, long cursor, int n) {
        return tx.preparedQuery(
                        "SELECT max(id) AS up_to FROM (SELECT c.id FROM chunks c WHERE c.id > $2 AND"
                                + MISSING
                                + " ORDER BY c.id LIMIT $3) s")
                .execute(Tuple.of(version, cursor, n))
                .chain(
                        rows -> {
                            Long upTo = rows.iterator().next().getLong("up_to");
                            if (upTo == null) {
                                return Uni.createFrom().nullItem();
                            }
                            return tx.preparedQuery(
                                            "UPDATE embedding_models SET reembed_cursor = $2, updated_at = now()"
                                                    + " WHERE model = $1")
                                    .execute(Tuple.of(version, upTo))
                                    .replaceWith(new Range(cursor, upTo));
                        });
    }

    /** Starts a new pass from the first chunk (to find those a previous pass left behind). */
    public Uni<Void> restartPass(String version) {
        return pool.preparedQuery(
                        "UPDATE embedding_models SET reembed_cursor = 0, updated_at = now() WHERE model = $1")
                .execute(Tuple.of(version))
                .replaceWithVoid();
    }

    /** The chunks of {@code range} that still lack a vector of {@code version}. */
    public Uni<List<ChunkText>> missing(String version, Range range) {
        return pool.preparedQuery(
                        "SELECT c.id, c.chunk_type, c.section_path, c.content FROM chunks c"
                                + " WHERE c.id > $2 AND c.id <= $3 AND"
                                + MISSING
                                + " ORDER BY c.id")
                .execute(Tuple.of(version, range.after(), range.upTo()))
                .map(
                        rows -> {
                            List<ChunkText> chunks = new ArrayList<>(rows.size());
                            for (Row row : rows) {
                                String[] path = row.getArrayOfStrings("section_path");
                                chunks.add(
                                        new ChunkText(
                                                row.getLong("id"),
                                                row.getString("chunk_type"),
                                                path == null ? List.of() : Arrays.asList(path),
                                                row.getString("content")));
                            }
                            return chunks;
                        });
    }

    /**
     * Stores vectors of {@code version} for chunks that still exist, if the model is still live
     * (not abandoned meanwhile); returns how many were new. The model's row is locked first (the
     * counter's update needs that lock anyway; taking a share lock first and upgrading it would
     * deadlock two replicas storing at once), which also keeps a switch from completing meanwhile.
     */
    public Uni<Integer> store(String version, Long[] chunkIds, String[] vectors) {
        return pool.withTransaction(
                tx ->
                        tx.preparedQuery(
                                        "UPDATE embedding_models SET updated_at = now() WHERE model = $1"
                                                + " AND state IN ('building', 'active') RETURNING model")
                                .execute(Tuple.of(version))
                                .chain(
                                        live ->
                                                live.size() == 0
                                                        ? Uni.createFrom().item(0)
                                                        : insert(tx, version, chunkIds, vectors)));
    }

    private Uni<Integer> insert(
            SqlConnection tx, String version, Long[] chunkIds, String[] vectors) {
        return tx.preparedQuery(
                        """
                        INSERT INTO chunk_vectors (model, chunk_id, owner_id, embedding)
                        SELECT $1, c.id, c.owner_id, t.embedding::vector
                        FROM unnest($2::bigint[], $3::text[]) AS t(id, embedding) JOIN chunks c ON c.id = t.id
                        ON CONFLICT (model, chunk_id) DO NOTHING""")
                .execute(Tuple.of(version, chunkIds, vectors))
                .map(rows -> rows.rowCount())
                .call(
                        added ->
                                tx.preparedQuery(
                                                "UPDATE embedding_models SET chunks_embedded = chunks_embedded + $2,"
                                                        + " updated_at = now() WHERE model = $1")
                                        .execute(Tuple.of(version, added)));
    }

    /** Deletes up to {@code n} vectors of a retiring model; returns how many. */
    public Uni<Integer> deleteRetired(String version, int n) {
        return pool.preparedQuery(
                        """
                        DELETE FROM chunk_vectors WHERE model = $1
                          AND chunk_id = ANY (ARRAY(SELECT chunk_id FROM chunk_vectors WHERE model = $1 LIMIT $2))
                          AND EXISTS (SELECT 1 FROM embedding_models WHERE model = $1 AND state = 'retiring')""")
                .execute(Tuple.of(version, n))
                .map(rows -> rows.rowCount());
    }

    public Uni<Progress> progress(String version) {
        return pool.preparedQuery(
                        "SELECT (SELECT count(*) FROM chunk_vectors WHERE model = $1) AS done,"
                                + " (SELECT count(*) FROM chunks) AS total")
                .execute(Tuple.of(version))
                .map(
                        rows -> {
                            Row row = rows.iterator().next();
                            return new Progress(row.getLong("done"), row.getLong("total"));
                        });
    }
}
