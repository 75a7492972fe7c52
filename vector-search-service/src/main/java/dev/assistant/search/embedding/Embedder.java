package dev.assistant.search.embedding;

import java.util.List;

/**
 * Turns text into vectors with one pinned model. Every vector is stored with the model's {@link
 * #version()}, so a change of model re-embeds in the background and switches over without a gap
 * (dev.assistant.search.model).
 */
public interface Embedder {

    /** The name configuration uses ({@code assistant.embedding.model}), e.g. all-minilm-l6-v2-q. */
    String id();

    /**
     * The model and the build of it that made a vector (the artifact's version included), stored in
     * chunk_vectors.model: a new build of the same model is a new version, re-embedded.
     */
    String version();

    /** Dimensions of every vector (the column is vector(384)). */
    int dimensions();

    /** Passages to store, in order. CPU-bound: call from a worker thread, never the event loop. */
    List<float[]> embedPassages(List<String> texts);

    /**
     * A search query: with the model's query instruction in front where it has one, so the query
     * vector lands near the passages that answer it. CPU-bound, as above.
     */
    float[] embedQuery(String text);

    /** Loads the model now instead of at its first use (start-up, so the first query is fast). */
    void load();
}
