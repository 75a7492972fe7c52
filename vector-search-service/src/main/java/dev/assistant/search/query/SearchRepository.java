package dev.assistant.search.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.assistant.search.embedding.VectorLiteral;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two ranked candidate lists of a query, one owner's chunks each, and the details of the chunks
 * shown.
 *
 * <p>Semantic: nearest chunks by cosine distance over the HNSW index of chunk_vectors, reading one
 * model's vectors (the active one), with the model, the owner and every filter applied inside the
 * index scan: pgvector 0.8's iterative scan ({@code hnsw.iterative_scan = relaxed_order}) keeps
 * reading the index until enough rows pass the filter, so a user whose chunks are a tiny fraction
 * of the index still gets k results. relaxed_order may return rows slightly out of order; the
 * caller sorts by score.
 *
 * <p>Keyword: PostgreSQL full text over chunks.search_tsv (GIN), ranked by ts_rank_cd.
 */
@ApplicationScoped
public class SearchRepository {

    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2,"
                    + " FragmentDelimiter=\" … \"";

    @Inject Pool pool;

    @ConfigProperty(name = "assistant.search.hnsw.ef-search", defaultValue = "100")
    int efSearch;

    /**
     * The nearest {@code n} chunks by {@code model}'s vectors with cosine similarity at least
     * {@code minScore}.
     */
    public Uni<List<Candidate>> semantic(
            String ownerId,
            String model,
            float[] query,
            SearchFilter filter,
            int n,
            double minScore) {
        List<Object> params = new ArrayList<>(List.of(ownerId, VectorLiteral.of(query), model));
        StringBuilder sql =
                new StringBuilder(
                        """
                        SELECT c.id, c.document_id, 1 - (v.embedding <=> $2::text::vector) AS score
                        FROM chunk_vectors v JOIN chunks c ON c.id = v.chunk_id
                             JOIN documents d ON d.id = c.document_id
                        WHERE v.owner_id = $1 AND v.model = $3 AND c.owner_id = $1 AND d.owner_id = $1""");
        filter.appendTo(sql, params);
        params.add(n);
        sql.append(" ORDER BY v.embedding <=> $2::text::vector LIMIT $").append(params.size());
        return pool.withTransaction(
                        tx ->
                                tx.query(
                                                "SET LOCAL hnsw.iterative_scan = relaxed_order;"
                                                        + " SET LOCAL hnsw.ef_search = "
                                                        + Math.min(1000, Math.max(efSearch, n)))
                                        .execute()
                                        .chain(
                                                () ->
                                                        tx.preparedQuery(sql.toString())
                                                                .execute(Tuple.from(params))))
                .map(rows -> candidates(rows, minScore));
    }

    /** The best {@code n} chunks by ts_rank_cd for the query's words. */
    public Uni<List<Candidate>> keyword(
            String ownerId, String query, boolean strict, SearchFilter filter, int n) {
        List<Object> params = new ArrayList<>(List.of(ownerId, query));
        StringBuilder sql =
                new StringBuilder(
                        "SELECT c.id, c.document_id, ts_rank_cd(c.search_tsv, q.query) AS score"
                                + " FROM chunks c JOIN documents d ON d.id = c.document_id, "
                                + tsquery(strict)
                                + " q WHERE c.owner_id = $1 AND d.owner_id = $1"
                                + " AND c.search_tsv @@ q.query");
        filter.appendTo(sql, params);
        params.add(n);
        sql.append(" ORDER BY score DESC, c.id LIMIT $").append(params.size());
        return pool.preparedQuery(sql.toString())
                .execute(Tuple.from(params))
                .map(rows -> candidates(rows, Double.NEGATIVE_INFINITY));
    }

    /** The chunks shown, with their documents and snippets highlighting the query's words. */
    public Uni<Map<Long, HitDetails>> details(
            String ownerId, String query, boolean strict, List<Long> chunkIds) {
        if (chunkIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String sql =
                """
                SELECT c.id, c.document_id, d.source, d.source_ref, d.title, c.chunk_type, c.section_path,
                       c.page, c.chunk_index, ts_headline('english', c.content, q.query, '%s') AS snippet
                FROM chunks c JOIN documents d ON d.id = c.document_id, %s q
                WHERE c.owner_id = $1 AND c.id = ANY($3)"""
                        .formatted(HEADLINE_OPTIONS.replace("'", "''"), tsquery(strict));
        return pool.preparedQuery(sql)
                .execute(Tuple.of(ownerId, query, chunkIds.toArray(Long[]::new)))
                .map(SearchRepository::details);
    }

    /**
     * The query as a tsquery, in a FROM item named q. Strict: websearch syntax as written (all
     * words, "phrases", -not, or). Otherwise any of the words: a natural-language question rarely
     * has all its words in one passage, and ts_rank_cd ranks passages with more of them higher.
     */
    private static String tsquery(boolean strict) {
        return strict
                ? "(SELECT websearch_to_tsquery('english', $2) AS query)"
                : "(SELECT COALESCE(NULLIF(replace(websearch_to_tsquery('english', $2)::text, ' & ', ' | '),"
                        + " '')::tsquery, ''::tsquery) AS query)";
    }

    private static List<Candidate> candidates(RowSet<Row> rows, double minScore) {
        List<Candidate> list = new ArrayList<>(rows.size());
        for (Row row : rows) {
            double score = row.getDouble("score");
            if (score >= minScore) {
                list.add(new Candidate(row.getLong("id"), row.getUUID("document_id"), score));
            }
        }
        return list;
    }

    private static Map<Long, HitDetails> details(RowSet<Row> rows) {
        Map<Long, HitDetails> byChunk = new HashMap<>();
        for (Row row : rows) {
            String[] path = row.getArrayOfStrings("section_path");
            byChunk.put(
                    row.getLong("id"),
                    new HitDetails(
                            row.getLong("id"),
                            row.getUUID("document_id"),
                            row.getString("source"),
                            row.getString("source_ref"),
                            row.getString("title"),
                            row.getString("chunk_type"),
                            path == null ? List.of() : Arrays.asList(path),
                            row.getInteger("page"),
                            row.getInteger("chunk_index"),
                            row.getString("snippet")));
        }
        return byChunk;
    }
}
