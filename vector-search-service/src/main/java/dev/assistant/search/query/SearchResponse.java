package dev.assistant.search.query;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Results of one query, best first, at most one hit per document. */
public record SearchResponse(
        String query,
        SearchMode mode,
        @Schema(nullable = true) String modelVersion,
        List<SearchHit> hits,
        @Schema(nullable = true) String nextCursor) {}
