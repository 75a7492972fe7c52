package dev.assistant.search.query;

import java.util.UUID;

/**
 * One matching document: where it comes from, its best-matching passage and the cosine similarity.
 */
public record SearchHit(
        UUID documentId,
        String source,
        String sourceRef,
        String title,
        String snippet,
        double score) {}
