package dev.assistant.search.embedding;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts BERT word pieces (uncased). Both pinned models read exactly this vocabulary (their
 * tokenizer files share it), so chunks are cut the same whichever model embeds them, and a model
 * switch re-embeds chunks without re-chunking documents. A model with another vocabulary would need
 * its own counter here and a re-index instead of a re-embed.
 */
@ApplicationScoped
public class WordPieceCounter implements TokenCounter {

    // langchain4j's BERT tokenizer file is byte for byte the one MiniLM's artifact ships.
    private final HuggingFaceTokenCountEstimator tokenizer = new HuggingFaceTokenCountEstimator();

    @Override
    public int countTokens(String text) {
        return tokenizer.estimateTokenCountInText(text);
    }
}
