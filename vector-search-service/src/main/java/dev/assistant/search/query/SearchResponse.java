package dev.assistant.search.query;

import java.util.List;

/** Results of one query, best first, at most one hit per document. */
public record SearchResponse(String query, String modelVersion, List<SearchHit> hits) {}
