package dev.assistant.chat.message;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One search result. {@code match} is "fulltext" (word match, ranked, with the matched words in the
 * snippet wrapped in &lt;mark&gt;) or "fuzzy" (trigram similarity: catches typos).
 */
public record MessageSearchHit(
        UUID messageId,
        UUID conversationId,
        long sequence,
        String role,
        @Schema(nullable = true) String model,
        OffsetDateTime createdAt,
        String snippet,
        double score,
        String match) {}
