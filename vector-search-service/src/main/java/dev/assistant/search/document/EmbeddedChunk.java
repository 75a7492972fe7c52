package dev.assistant.search.document;

/** One chunk of a document with its embedding, ready to store. */
public record EmbeddedChunk(
        int index, String content, String contentHash, int tokens, float[] embedding) {}
