package dev.assistant.search.query;

import java.util.UUID;

/** A chunk one method found, with that method's score (cosine similarity or ts_rank_cd). */
record Candidate(long chunkId, UUID documentId, double score) {}
