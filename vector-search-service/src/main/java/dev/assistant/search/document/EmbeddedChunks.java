package dev.assistant.search.document;

import java.util.List;

/**
 * A document's chunks with a vector of each of {@code models} (the live set they were made for).
 */
public record EmbeddedChunks(List<EmbeddedChunk> chunks, List<String> models) {}
