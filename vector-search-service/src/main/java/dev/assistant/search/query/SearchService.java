package dev.assistant.search.query;

import dev.assistant.search.embedding.Embedder;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Semantic search over one user's documents. */
@ApplicationScoped
public class SearchService {

    @Inject Embedder embedder;

    @Inject SearchRepository repository;

    public Uni<SearchResponse> search(String ownerId, String query, int limit, double minScore) {
        // Embedding is CPU work: off the event loop, onto a worker thread.
        return Uni.createFrom()
                .item(() -> embedder.embed(query))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(vector -> repository.nearestDocuments(ownerId, vector, limit, minScore))
                .map(hits -> new SearchResponse(query, embedder.modelVersion(), hits));
    }
}
