package dev.assistant.search.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.search.embedding.VectorLiteral;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
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
 * caller sorts by score. Planned for each query's owner (plan_cache_mode = force_custom_plan): for
 * an owner with a small share of the index the owner's B-tree and an exact sort are the better
 * plan, for a large one the HNSW index, and the generic plan a prepared statement falls back to
 * after five runs knows neither (4x slower at 100 users x 1,000 chunks, docs/benchmarks.md).
 *
 * <p>Keyword: BM25 over the owner's keyword postings (chunk_terms, PostgreSQL's English text search
 * configuration; see {@link #keyword}).
 */
@ApplicationScoped
public class SearchRepository {

    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2,"
                    + " FragmentDelimiter=\" … \"";

    /**
     * The query as a tsquery (which chunks a strict query may return, and what snippets highlight).
     * Strict: websearch syntax as written (all words, "phrases", -not, or). Otherwise any of the
     * words: a natural-language question rarely has all its words in one passage, and BM25 ranks
     * passages with more of them (and rarer ones) higher.
     */
    private static final String STRICT = "websearch_to_tsquery('english', $2)";

    private static final String ANY_WORD =
            "coalesce(nullif(replace(websearch_to_tsquery('english', $2)::text, ' & ', ' | '), '')::tsquery,"
                    + " ''::tsquery)";

    @Inject Pool pool;

    /** BM25's term-frequency saturation (k1) and length normalization (b). */
    @ConfigProperty(name = "assistant.search.bm25.k1", defaultValue = "1.2")
    double k1;

    @ConfigProperty(name = "assistant.search.bm25.b", defaultValue = "0.75")
    double b;

    /** How many times a word in a chunk's section path (its headings) counts. */
    @ConfigProperty(name = "assistant.search.bm25.heading-weight", defaultValue = "2")
    double headingWeight;

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
        return nearest(
                        "SELECT c.id, c.document_id, 1 - (v.embedding <=> $2::text::vector) AS score",
                        "",
                        ownerId,
                        model,
                        query,
                        filter,
                        n)
                .map(rows -> candidates(rows, minScore));
    }

    /**
     * Pseudo-relevance feedback: the mean of the vectors of the owner's {@code k} chunks nearest
     * the query (the same filter and index scan as {@link #semantic}); null when there are none.
     */
    public Uni<float[]> feedback(
            String ownerId, String model, float[] query, SearchFilter filter, int k) {
        return nearest(
                        "SELECT avg(t.embedding)::text AS mean FROM (SELECT v.embedding",
                        ") t",
                        ownerId,
                        model,
                        query,
                        filter,
                        k)
                .map(rows -> VectorLiteral.parse(rows.iterator().next().getString("mean")));
    }

    /**
     * {@code select} over the owner's {@code n} chunks nearest the query (HNSW with iterative scan,
     * planned for this owner: a generic plan cannot know how small an owner's share is), then
     * {@code close}.
     *
     * <p>Without a filter the nearest vectors are found first, on chunk_vectors alone, and only
     * those {@code n} rows are joined to their chunks and documents. For an owner with a small
     * share of the index that is an index-only scan of the owner's vectors (V18) and a sort,
     * instead of reading every one of the owner's chunks and vectors from the tables (scattered
     * there, a page each) before sorting: 2.5x faster at 100 users x 1,000 chunks
     * (docs/benchmarks.md). A filter on documents must apply before the limit, so a filtered query
     * joins first.
     */
    private Uni<RowSet<Row>> nearest(
            String select,
            String close,
            String ownerId,
            String model,
            float[] query,
            SearchFilter filter,
            int n) {
        List<Object> params = new ArrayList<>(List.of(ownerId, VectorLiteral.of(query), model, n));
        StringBuilder sql = new StringBuilder(select);
        if (filter.isEmpty()) {
            sql.append(
                    """

                    FROM (SELECT v.chunk_id, v.embedding FROM chunk_vectors v
                          WHERE v.owner_id = $1 AND v.model = $3
                          ORDER BY v.embedding <=> $2::text::vector LIMIT $4) v
                         JOIN chunks c ON c.id = v.chunk_id AND c.owner_id = $1
                         JOIN documents d ON d.id = c.document_id AND d.owner_id = $1""");
        } else {
            sql.append(
                    """

                    FROM chunk_vectors v JOIN chunks c ON c.id = v.chunk_id
                         JOIN documents d ON d.id = c.document_id
                    WHERE v.owner_id = $1 AND v.model = $3 AND c.owner_id = $1 AND d.owner_id = $1""");
            filter.appendTo(sql, params);
            sql.append(" ORDER BY v.embedding <=> $2::text::vector LIMIT $4");
        }
        sql.append(close);
        return pool.withTransaction(
                tx ->
                        tx.query(
                                        "SET LOCAL hnsw.iterative_scan = relaxed_order;"
                                                + " SET LOCAL plan_cache_mode = force_custom_plan;"
                                                + " SET LOCAL hnsw.ef_search = "
                                                + Math.min(1000, Math.max(efSearch, n)))
                                .execute()
                                .chain(
                                        () ->
                                                tx.preparedQuery(sql.toString())
                                                        .execute(Tuple.from(params))));
    }

    /**
     * The best {@code n} chunks by BM25 for the query's words, over the owner's chunks.
     *
     * <p>One statement over the keyword postings (chunk_terms, V15: one row per owner, word and
     * chunk, kept by triggers on chunks): an index-only range scan per query word within the owner
     * gives each chunk's frequency of the word (a word in the section path counts {@code
     * headingWeight} times) and its length; a word's document frequency is the number of the
     * owner's chunks that hold it, and the owner's chunk count and mean length come from chunks'
     * owner index. So the cost follows the owner's postings of the query's words, not the size of
     * the whole index. Any of the words makes a chunk a candidate; strict syntax (websearch:
     * "phrases", -not, or) then keeps only chunks that match it, and filters only documents that
     * pass them, so neither changes a word's weight.
     */
    public Uni<List<Candidate>> keyword(
            String ownerId, String query, boolean strict, SearchFilter filter, int n) {
        List<Object> params = new ArrayList<>(List.of(ownerId, query, k1, b, headingWeight));
        StringBuilder sql =
                new StringBuilder(
                        """
                        WITH q AS (SELECT array_agg(lexeme) AS lexemes FROM unnest(to_tsvector('english', $2))),
                        terms AS MATERIALIZED (
                            SELECT p.chunk_id, p.document_id, p.chunk_tokens, p.lexeme,
                                   p.occurrences + ($5::float8 - 1) * p.heading_occurrences AS tf
                            FROM chunk_terms p, q WHERE p.owner_id = $1 AND p.lexeme = ANY (q.lexemes)),
                        frequency AS MATERIALIZED (SELECT lexeme, count(*) AS df FROM terms GROUP BY lexeme),
                        owner_stats AS MATERIALIZED (
                            SELECT count(*)::float8 AS chunks, greatest(avg(tokens), 1)::float8 AS mean_tokens
                            FROM chunks WHERE owner_id = $1),
                        scored AS (
                            SELECT t.chunk_id, t.document_id,
                                   sum(ln(1 + (s.chunks - f.df + 0.5) / (f.df + 0.5))
                                       * t.tf * ($3::float8 + 1)
                                       / (t.tf + $3::float8 * (1 - $4::float8 + $4::float8 * t.chunk_tokens / s.mean_tokens))) AS score
                            FROM terms t JOIN frequency f USING (lexeme) CROSS JOIN owner_stats s
                            GROUP BY t.chunk_id, t.document_id)
                        SELECT s.chunk_id AS id, s.document_id, s.score
                        FROM scored s JOIN documents d ON d.id = s.document_id""");
        if (strict) {
            sql.append(
                            " JOIN chunks c ON c.id = s.chunk_id AND c.owner_id = $1 AND c.search_tsv @@ ")
                    .append(STRICT);
        }
        sql.append(" WHERE d.owner_id = $1");
        filter.appendTo(sql, params);
        params.add(n);
        sql.append(" ORDER BY s.score DESC, s.chunk_id LIMIT $").append(params.size());
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
                       c.page, c.chunk_index, ts_headline('english', c.content, q.query, '%s') AS snippet,
                       d.metadata
                FROM chunks c JOIN documents d ON d.id = c.document_id, (SELECT %s AS query) q
                WHERE c.owner_id = $1 AND c.id = ANY($3)"""
                        .formatted(HEADLINE_OPTIONS.replace("'", "''"), strict ? STRICT : ANY_WORD);
        return pool.preparedQuery(sql)
                .execute(Tuple.of(ownerId, query, chunkIds.toArray(Long[]::new)))
                .map(SearchRepository::details);
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

    /**
     * The chunks within {@code context} positions of each hit's chunk (one hit per document), by
     * document, in order; the hit's own chunk is left out.
     */
    public Uni<Map<UUID, List<SearchHit.Neighbour>>> neighbours(
            String ownerId, Map<UUID, Integer> positions, int context) {
        String sql =
                """
                SELECT c.id, c.document_id, c.chunk_type, c.section_path, c.page, c.chunk_index, c.content
                FROM unnest($2::uuid[], $3::int[]) h(document_id, chunk_index)
                     JOIN chunks c ON c.document_id = h.document_id
                          AND c.chunk_index BETWEEN h.chunk_index - $4 AND h.chunk_index + $4
                          AND c.chunk_index <> h.chunk_index
                WHERE c.owner_id = $1
                ORDER BY c.document_id, c.chunk_index""";
        List<UUID> documents = List.copyOf(positions.keySet());
        Integer[] indexes = documents.stream().map(positions::get).toArray(Integer[]::new);
        return pool.preparedQuery(sql)
                .execute(Tuple.of(ownerId, documents.toArray(UUID[]::new), indexes, context))
                .map(SearchRepository::neighbours);
    }

    private static Map<UUID, List<SearchHit.Neighbour>> neighbours(RowSet<Row> rows) {
        Map<UUID, List<SearchHit.Neighbour>> byDocument = new HashMap<>();
        for (Row row : rows) {
            String[] path = row.getArrayOfStrings("section_path");
            byDocument
                    .computeIfAbsent(row.getUUID("document_id"), d -> new ArrayList<>())
                    .add(
                            new SearchHit.Neighbour(
                                    row.getLong("id"),
                                    row.getString("chunk_type"),
                                    path == null ? List.of() : Arrays.asList(path),
                                    row.getInteger("page"),
                                    row.getInteger("chunk_index"),
                                    row.getString("content")));
        }
        return byDocument;
    }

    private static Map<String, Object> metadata(JsonObject json) {
        return json == null ? Map.of() : json.getMap();
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
                            row.getString("snippet"),
                            metadata(row.getJsonObject("metadata"))));
        }
        return byChunk;
    }
}
