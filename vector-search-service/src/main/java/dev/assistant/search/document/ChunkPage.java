package dev.assistant.search.document;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document's chunks in document order; {@code nextAfterPosition} is null on the last page. */
public record ChunkPage(
        List<ChunkResponse> items, @Schema(nullable = true) Integer nextAfterPosition) {

    /** Fetched one more than {@code limit}: the extra one only says a next page exists. */
    static ChunkPage of(List<StoredChunk> found, int limit) {
        List<StoredChunk> items = found.size() > limit ? found.subList(0, limit) : found;
        return new ChunkPage(
                items.stream().map(ChunkResponse::from).toList(),
                found.size() > limit ? items.getLast().position() : null);
    }

    /** One chunk: its place and kind in the document, its text and size. */
    public record ChunkResponse(
            long id,
            int position,
            @Schema(enumeration = {"heading", "text", "list", "table", "code"}) String type,
            List<String> sectionPath,
            @Schema(nullable = true, description = "PDF page, from 1") Integer page,
            String content,
            int tokens,
            String contentHash,
            String modelVersion) {

        static ChunkResponse from(StoredChunk c) {
            return new ChunkResponse(
                    c.id(),
                    c.position(),
                    c.type(),
                    c.sectionPath(),
                    c.page(),
                    c.content(),
                    c.tokens(),
                    c.contentHash(),
                    c.modelVersion());
        }
    }
}
