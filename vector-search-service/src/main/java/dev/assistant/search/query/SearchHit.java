package dev.assistant.search.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One matching document: where it comes from, its best-matching chunk with a highlighted snippet
 * (matched words in {@code <mark>}), the score it is ranked by and the parts that score is made of.
 */
public record SearchHit(
        UUID documentId,
        String source,
        String sourceRef,
        @Schema(nullable = true) String title,
        long chunkId,
        @Schema(enumeration = {"heading", "text", "list", "table", "code"}) String chunkType,
        List<String> sectionPath,
        @Schema(nullable = true) Integer page,
        int position,
        String snippet,
        @Schema(
                        description =
                                "semantic: cosine similarity; keyword: BM25; hybrid:"
                                        + " reciprocal rank fusion")
                double score,
        Scores scores,
        @Schema(
                        description =
                                "What the owning service said of the resource, e.g. a chat"
                                        + " message's conversationId, role and sequence, a goal's"
                                        + " level and deadline")
                Map<String, Object> metadata,
        @Schema(
                        description =
                                "The chunks around the hit's chunk in its document, in order (up to"
                                        + " `context` on each side; empty unless asked for)")
                List<Neighbour> neighbours) {

    SearchHit withNeighbours(List<Neighbour> chunks) {
        return new SearchHit(
                documentId,
                source,
                sourceRef,
                title,
                chunkId,
                chunkType,
                sectionPath,
                page,
                position,
                snippet,
                score,
                scores,
                metadata,
                List.copyOf(chunks));
    }

    /**
     * The parts of a score: each method's own score and the rank (from 1) of this document in that
     * method's list; null where the method did not find it or did not run.
     */
    public record Scores(
            @Schema(nullable = true) Double semantic,
            @Schema(nullable = true) Integer semanticRank,
            @Schema(nullable = true) Double keyword,
            @Schema(nullable = true) Integer keywordRank) {}

    /** A chunk next to the hit's chunk in the same document, whole. */
    public record Neighbour(
            long chunkId,
            @Schema(enumeration = {"heading", "text", "list", "table", "code"}) String chunkType,
            List<String> sectionPath,
            @Schema(nullable = true) Integer page,
            int position,
            String content) {}
}
