package dev.assistant.search.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.search.chunking.Chunk;
import dev.assistant.search.embedding.Embedder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Vectors for a document's chunks: a chunk whose content hash the document already has (same model)
 * keeps its stored vector; only new or changed chunks are embedded. Blocking: call from a worker
 * thread.
 */
@ApplicationScoped
public class ChunkEmbedding {

    @Inject Embedder embedder;

    @Inject ChunkRepository chunks;

    @Inject MeterRegistry registry;

    private Counter embeddedChunks;
    private Counter reusedChunks;

    @PostConstruct
    void metrics() {
        embeddedChunks =
                Counter.builder("assistant.chunks.embedded")
                        .description("Chunks embedded by the model")
                        .register(registry);
        reusedChunks =
                Counter.builder("assistant.chunks.reused")
                        .description("Chunks that kept their stored vector (content unchanged)")
                        .register(registry);
    }

    public List<EmbeddedChunk> embed(String ownerId, UUID documentId, List<Chunk> pieces) {
        Map<String, String> known =
                chunks.vectorsByHash(ownerId, documentId, embedder.modelVersion())
                        .await()
                        .indefinitely();
        List<Chunk> missing =
                pieces.stream().filter(c -> !known.containsKey(c.contentHash())).toList();
        List<float[]> vectors =
                missing.isEmpty()
                        ? List.of()
                        : embedder.embedAll(missing.stream().map(Chunk::embeddedText).toList());
        embeddedChunks.increment(missing.size());
        reusedChunks.increment(pieces.size() - missing.size());
        for (int i = 0; i < missing.size(); i++) {
            known.put(missing.get(i).contentHash(), VectorLiteral.of(vectors.get(i)));
        }
        List<EmbeddedChunk> embedded = new ArrayList<>(pieces.size());
        for (Chunk chunk : pieces) {
            embedded.add(new EmbeddedChunk(chunk, known.get(chunk.contentHash())));
        }
        return embedded;
    }

    public String modelVersion() {
        return embedder.modelVersion();
    }
}
