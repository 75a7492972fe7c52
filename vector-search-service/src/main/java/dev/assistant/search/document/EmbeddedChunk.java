package dev.assistant.search.document;

import java.util.Map;

import dev.assistant.search.chunking.Chunk;

/** A chunk with its vectors in pgvector's text form, by model version, ready to store. */
public record EmbeddedChunk(Chunk chunk, Map<String, String> vectors) {}
