package dev.assistant.search.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a hit shows of its chunk and document. */
record HitDetails(
        long chunkId,
        UUID documentId,
        String source,
        String sourceRef,
        String title,
        String chunkType,
        List<String> sectionPath,
        Integer page,
        int position,
        String snippet,
        Map<String, Object> metadata) {}
