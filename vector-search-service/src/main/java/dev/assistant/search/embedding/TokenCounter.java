package dev.assistant.search.embedding;

/** Word pieces a model reads for a text: what the chunker measures chunks in. */
@FunctionalInterface
public interface TokenCounter {

    int countTokens(String text);
}
