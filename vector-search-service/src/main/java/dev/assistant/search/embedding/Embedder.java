package dev.assistant.search.embedding;

import java.util.List;

/**
 * Turns text into vectors with one pinned model. The model version is stored with every vector, so
 * a model change can re-embed in the background and switch over without a gap.
 */
public interface Embedder {

    /** Dimensions of every vector this embedder returns (the column type is vector(N)). */
    int dimensions();

    /** Identifies the model and its build, stored in chunks.model_version. */
    String modelVersion();

    /** Word-piece tokens the model reads for {@code text} (its own tokenizer). */
    int countTokens(String text);

    /**
     * Embeds each text, in order. CPU-bound: call it from a worker thread, never the event loop.
     */
    List<float[]> embedAll(List<String> texts);

    default float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }
}
