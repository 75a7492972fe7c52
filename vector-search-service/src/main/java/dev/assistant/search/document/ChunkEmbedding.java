package dev.assistant.search.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dev.assistant.search.chunking.Chunk;
import dev.assistant.search.embedding.Embedder;
import dev.assistant.search.embedding.Embedders;
import dev.assistant.search.embedding.VectorLiteral;
import dev.assistant.search.model.CurrentModels;
import dev.assistant.search.model.ModelSet;
import dev.assistant.search.model.ModelSetChangedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Vectors for a document's chunks, one per live model (the active one, and during a switch the one
 * being built, so the new set converges while documents keep arriving). Per model, a chunk whose
 * content hash the document already has keeps its stored vector; only new or changed chunks are
 * embedded. Blocking: call from a worker thread.
 */
@ApplicationScoped
public class ChunkEmbedding {

    private static final int MAX_ATTEMPTS = 3;

    @Inject Embedders embedders;

    @Inject CurrentModels models;

    @Inject ChunkRepository chunks;

    @Inject MeterRegistry registry;

    private Counter embeddedChunks;
    private Counter reusedChunks;

    @PostConstruct
    void metrics() {
        embeddedChunks =
                Counter.builder("assistant.chunks.embedded")
                        .description("Chunk vectors made by a model while indexing")
                        .register(registry);
        reusedChunks =
                Counter.builder("assistant.chunks.reused")
                        .description("Chunk vectors kept from the stored chunk (content unchanged)")
                        .register(registry);
    }

    /**
     * Embeds the chunks for the live models and runs {@code store} (a transaction that writes them
     * through {@link ChunkRepository#replace}); if a switch changed the live set meanwhile, embeds
     * again for the new set and stores again.
     */
    public <T> T embedAndStore(
            String ownerId,
            UUID documentId,
            List<Chunk> pieces,
            Function<EmbeddedChunks, Uni<T>> store) {
        ModelSet live = models.get().await().indefinitely();
        for (int attempt = 1; ; attempt++) {
            EmbeddedChunks embedded = embed(ownerId, documentId, pieces, live);
            try {
                return store.apply(embedded).await().indefinitely();
            } catch (ModelSetChangedException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                live = models.reload().await().indefinitely();
            }
        }
    }

    EmbeddedChunks embed(String ownerId, UUID documentId, List<Chunk> pieces, ModelSet live) {
        List<Map<String, String>> vectors = new ArrayList<>(pieces.size());
        pieces.forEach(p -> vectors.add(new HashMap<>()));
        List<String> made = new ArrayList<>();
        for (String version : live.live()) {
            Embedder embedder = embedders.byVersion(version).orElse(null);
            if (embedder == null) {
                continue; // a model of another build: the re-embedder of a replica with it fills in
            }
            List<String> byChunk = embed(ownerId, documentId, pieces, embedder);
            for (int i = 0; i < pieces.size(); i++) {
                vectors.get(i).put(version, byChunk.get(i));
            }
            made.add(version);
        }
        List<EmbeddedChunk> embedded = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            embedded.add(new EmbeddedChunk(pieces.get(i), vectors.get(i)));
        }
        return new EmbeddedChunks(embedded, made);
    }

    /** One model's vector for each piece, reusing the document's stored ones by content hash. */
    private List<String> embed(
            String ownerId, UUID documentId, List<Chunk> pieces, Embedder embedder) {
        Map<String, String> known =
                chunks.vectorsByHash(ownerId, documentId, embedder.version())
                        .await()
                        .indefinitely();
        // Unknown texts, each once (a repeated heading is embedded once).
        Map<String, Chunk> unknown = new LinkedHashMap<>();
        pieces.stream()
                .filter(c -> !known.containsKey(c.contentHash()))
                .forEach(c -> unknown.putIfAbsent(c.contentHash(), c));
        List<Chunk> missing = List.copyOf(unknown.values());
        List<float[]> vectors =
                missing.isEmpty()
                        ? List.of()
                        : embedder.embedPassages(
                                missing.stream().map(Chunk::embeddedText).toList());
        embeddedChunks.increment(missing.size());
        reusedChunks.increment(pieces.size() - missing.size());
        for (int i = 0; i < missing.size(); i++) {
            known.put(missing.get(i).contentHash(), VectorLiteral.of(vectors.get(i)));
        }
        return pieces.stream().map(c -> known.get(c.contentHash())).toList();
    }
}
