package dev.assistant.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.search.document.VectorLiteral;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Nearest chunks of one owner's documents by cosine distance. With the owner filter, pgvector 0.8's
 * iterative HNSW scan keeps reading the index until enough of this owner's rows are found, instead
 * of returning too few results when most neighbours belong to other users.
 */
@ApplicationScoped
public class SearchRepository {

    private static final String NEAREST_CHUNKS =
            """
            SELECT c.document_id, d.source, d.source_ref, d.title, c.content,
                   1 - (c.embedding <=> $2::text::vector) AS score
            FROM chunks c JOIN documents d ON d.id = c.document_id
            WHERE c.owner_id = $1
            ORDER BY c.embedding <=> $2::text::vector
            LIMIT $3""";

    @Inject Pool pool;

    @ConfigProperty(name = "assistant.search.hnsw.ef-search", defaultValue = "100")
    int efSearch;

    @ConfigProperty(name = "assistant.search.snippet-chars", defaultValue = "300")
    int snippetChars;

    public Uni<List<SearchHit>> nearestDocuments(
            String ownerId, float[] query, int limit, double minScore) {
        // More chunks than documents asked for: several chunks of one document collapse into one
        // hit.
        int chunkLimit = limit * 4;
        return pool.withTransaction(
                        tx ->
                                tx.query(
                                                "SET LOCAL hnsw.iterative_scan = relaxed_order; SET LOCAL hnsw.ef_search = "
                                                        + Math.max(efSearch, chunkLimit))
                                        .execute()
                                        .chain(
                                                () ->
                                                        tx.preparedQuery(NEAREST_CHUNKS)
                                                                .execute(
                                                                        Tuple.of(
                                                                                ownerId,
                                                                                VectorLiteral.of(
                                                                                        query),
                                                                                chunkLimit))))
                .map(rows -> bestPerDocument(rows, limit, minScore));
    }

    private List<SearchHit> bestPerDocument(Iterable<Row> rows, int limit, double minScore) {
        Map<UUID, SearchHit> best = new LinkedHashMap<>();
        for (Row row : rows) {
            double score = row.getDouble("score");
            UUID documentId = row.getUUID("document_id");
            if (score < minScore) {
                continue;
            }
            best.merge(
                    documentId,
                    new SearchHit(
                            documentId,
                            row.getString("source"),
                            row.getString("source_ref"),
                            row.getString("title"),
                            snippet(row.getString("content")),
                            score),
                    (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<SearchHit> hits = new ArrayList<>(best.values());
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private String snippet(String content) {
        return content.length() <= snippetChars
                ? content
                : content.substring(0, snippetChars) + "…";
    }
}
