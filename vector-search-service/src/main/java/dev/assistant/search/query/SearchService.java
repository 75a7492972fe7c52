package dev.assistant.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.assistant.search.embedding.Embedder;
import dev.assistant.search.embedding.Embedders;
import dev.assistant.search.model.CurrentModels;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Search over one user's documents, by meaning (semantic), by words (keyword) or both (hybrid).
 * Each method ranks chunks; a document is ranked by its best chunk, so it appears at most once.
 * Hybrid fuses the two document rankings by weighted reciprocal rank fusion: score = Σ w / (k +
 * rank), k and the weights measured on Cranfield (docs/benchmarks.md).
 *
 * <p>Paging: each method reads its best {@code candidates} chunks; the fused list of their
 * documents is cut into pages by a keyset cursor (score, document id), so a page never repeats or
 * skips a hit of the pages before it while the documents do not change. The list ends where the
 * candidates end.
 */
@ApplicationScoped
public class SearchService {

    /** Websearch operators: a quoted phrase or a -excluded word. */
    private static final Pattern STRICT_SYNTAX = Pattern.compile("\"|(^|\\s)-\\S");

    @Inject Embedders embedders;

    @Inject CurrentModels models;

    @Inject SearchRepository repository;

    @ConfigProperty(name = "assistant.search.candidates", defaultValue = "400")
    int candidates;

    @ConfigProperty(name = "assistant.search.rrf.k", defaultValue = "10")
    int rrfK;

    @ConfigProperty(name = "assistant.search.rrf.semantic-weight", defaultValue = "1.5")
    double semanticWeight;

    @ConfigProperty(name = "assistant.search.feedback.chunks", defaultValue = "3")
    int feedbackChunks;

    @ConfigProperty(name = "assistant.search.feedback.weight", defaultValue = "0.5")
    double feedbackWeight;

    @ConfigProperty(name = "assistant.search.rrf.keyword-weight", defaultValue = "1.0")
    double keywordWeight;

    public record Query(
            String text,
            SearchMode mode,
            SearchFilter filter,
            int limit,
            double minScore,
            String cursor,
            int context) {}

    /**
     * Semantic search reads the active model's vectors with a query embedded by that model; during
     * a switch the active model stays the old one until every chunk has the new one's vector.
     */
    public Uni<SearchResponse> search(String ownerId, Query query) {
        return models.get().chain(live -> search(ownerId, query, live.active()));
    }

    private Uni<SearchResponse> search(String ownerId, Query query, String model) {
        HitCursor after = HitCursor.decodeOrNull(query.cursor());
        boolean strict = STRICT_SYNTAX.matcher(query.text()).find();
        Embedder embedder = model == null ? null : embedders.byVersion(model).orElse(null);
        Uni<List<Candidate>> semantic =
                query.mode() == SearchMode.keyword || embedder == null
                        ? Uni.createFrom().item(List.of())
                        : semantic(ownerId, query, embedder);
        Uni<List<Candidate>> keyword =
                query.mode() == SearchMode.semantic
                        ? Uni.createFrom().item(List.of())
                        : repository.keyword(
                                ownerId, query.text(), strict, query.filter(), candidates);
        return Uni.combine()
                .all()
                .unis(semantic, keyword)
                .asTuple()
                .map(lists -> rank(query.mode(), lists.getItem1(), lists.getItem2()))
                .chain(ranked -> page(ownerId, query, model, strict, ranked, after));
    }

    private Uni<List<Candidate>> semantic(String ownerId, Query query, Embedder embedder) {
        // Embedding is CPU work: off the event loop, onto a worker thread.
        return Uni.createFrom()
                .item(() -> embedder.embedQuery(query.text()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(vector -> withFeedback(ownerId, query, embedder, vector))
                .chain(
                        vector ->
                                repository.semantic(
                                        ownerId,
                                        embedder.version(),
                                        vector,
                                        query.filter(),
                                        candidates,
                                        query.minScore()));
    }

    /** Rocchio on the query vector: q + weight x the mean of its nearest chunks, normalized. */
    private Uni<float[]> withFeedback(
            String ownerId, Query query, Embedder embedder, float[] vector) {
        if (feedbackChunks == 0) {
            return Uni.createFrom().item(vector);
        }
        return repository
                .feedback(ownerId, embedder.version(), vector, query.filter(), feedbackChunks)
                .map(mean -> mean == null ? vector : mix(vector, mean, feedbackWeight));
    }

    static float[] mix(float[] query, float[] mean, double weight) {
        float[] mixed = new float[query.length];
        double norm = 0;
        for (int i = 0; i < query.length; i++) {
            mixed[i] = (float) (query[i] + weight * mean[i]);
            norm += mixed[i] * mixed[i];
        }
        double scale = norm == 0 ? 1 : 1 / Math.sqrt(norm);
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (float) (mixed[i] * scale);
        }
        return mixed;
    }

    /** A document ranked: its score, the chunk shown and each method's part. */
    private record Ranked(UUID documentId, double score, long chunkId, SearchHit.Scores scores) {}

    private List<Ranked> rank(
            SearchMode mode, List<Candidate> semanticChunks, List<Candidate> keywordChunks) {
        Map<UUID, Candidate> semantic = bestPerDocument(semanticChunks);
        Map<UUID, Candidate> keyword = bestPerDocument(keywordChunks);
        Map<UUID, Integer> semanticRanks = ranks(semantic);
        Map<UUID, Integer> keywordRanks = ranks(keyword);
        Map<UUID, Ranked> ranked = new HashMap<>();
        for (UUID document : union(semantic, keyword)) {
            Candidate s = semantic.get(document);
            Candidate k = keyword.get(document);
            Integer sRank = semanticRanks.get(document);
            Integer kRank = keywordRanks.get(document);
            double score =
                    switch (mode) {
                        case semantic -> s.score();
                        case keyword -> k.score();
                        case hybrid ->
                                (sRank == null ? 0 : semanticWeight / (rrfK + sRank))
                                        + (kRank == null ? 0 : keywordWeight / (rrfK + kRank));
                    };
            // The chunk shown: the one its better-ranked method found.
            long chunk = s != null && (k == null || sRank <= kRank) ? s.chunkId() : k.chunkId();
            ranked.put(
                    document,
                    new Ranked(
                            document,
                            score,
                            chunk,
                            new SearchHit.Scores(
                                    s == null ? null : s.score(),
                                    sRank,
                                    k == null ? null : k.score(),
                                    kRank)));
        }
        List<Ranked> list = new ArrayList<>(ranked.values());
        list.sort(
                Comparator.comparingDouble(Ranked::score)
                        .reversed()
                        .thenComparing(Ranked::documentId));
        return list;
    }

    private Uni<SearchResponse> page(
            String ownerId,
            Query query,
            String model,
            boolean strict,
            List<Ranked> ranked,
            HitCursor after) {
        List<Ranked> rest =
                after == null
                        ? ranked
                        : ranked.stream()
                                .filter(r -> after.isBefore(r.score(), r.documentId()))
                                .toList();
        List<Ranked> page = rest.size() > query.limit() ? rest.subList(0, query.limit()) : rest;
        String next =
                rest.size() > query.limit()
                        ? new HitCursor(page.getLast().score(), page.getLast().documentId())
                                .encode()
                        : null;
        return repository
                .details(ownerId, query.text(), strict, page.stream().map(Ranked::chunkId).toList())
                .chain(details -> withNeighbours(ownerId, query.context(), hits(page, details)))
                .map(hits -> new SearchResponse(query.text(), query.mode(), model, hits, next));
    }

    /** Each hit with the chunks around its chunk, when asked for ({@code context} > 0). */
    private Uni<List<SearchHit>> withNeighbours(String ownerId, int context, List<SearchHit> hits) {
        if (context == 0 || hits.isEmpty()) {
            return Uni.createFrom().item(hits);
        }
        Map<UUID, Integer> positions = new HashMap<>();
        hits.forEach(hit -> positions.put(hit.documentId(), hit.position()));
        return repository
                .neighbours(ownerId, positions, context)
                .map(
                        byDocument ->
                                hits.stream()
                                        .map(
                                                hit ->
                                                        hit.withNeighbours(
                                                                byDocument.getOrDefault(
                                                                        hit.documentId(),
                                                                        List.of())))
                                        .toList());
    }

    private static List<SearchHit> hits(List<Ranked> page, Map<Long, HitDetails> details) {
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (Ranked r : page) {
            HitDetails d = details.get(r.chunkId());
            if (d == null) {
                continue; // deleted between the ranking and the details
            }
            hits.add(
                    new SearchHit(
                            d.documentId(),
                            d.source(),
                            d.sourceRef(),
                            d.title(),
                            d.chunkId(),
                            d.chunkType(),
                            d.sectionPath(),
                            d.page(),
                            d.position(),
                            d.snippet(),
                            r.score(),
                            r.scores(),
                            d.metadata(),
                            List.of()));
        }
        return hits;
    }

    /** Each document's best chunk, documents in the order of their best chunk. */
    private static Map<UUID, Candidate> bestPerDocument(List<Candidate> chunks) {
        List<Candidate> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Map<UUID, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : sorted) {
            best.putIfAbsent(c.documentId(), c);
        }
        return best;
    }

    private static Map<UUID, Integer> ranks(Map<UUID, Candidate> ordered) {
        Map<UUID, Integer> ranks = new HashMap<>();
        int rank = 1;
        for (UUID document : ordered.keySet()) {
            ranks.put(document, rank++);
        }
        return ranks;
    }

    private static List<UUID> union(Map<UUID, Candidate> a, Map<UUID, Candidate> b) {
        List<UUID> all = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(id -> !a.containsKey(id)).forEach(all::add);
        return all;
    }
}
