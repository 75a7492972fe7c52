package dev.assistant.search.document;

import dev.assistant.search.chunking.Chunk;

/** A chunk with its vector in pgvector's text form, ready to store. */
public record EmbeddedChunk(Chunk chunk, String vector) {}
