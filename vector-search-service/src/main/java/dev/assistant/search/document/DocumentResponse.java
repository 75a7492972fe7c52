package dev.assistant.search.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uploaded document as the API shows it. */
public record DocumentResponse(
        UUID id,
        String name,
        @Schema(nullable = true, description = "Given at upload, else the document's own title")
                String title,
        @Schema(description = "Sniffed from the bytes") String mimeType,
        long sizeBytes,
        String sha256,
        List<String> tags,
        @Schema(enumeration = {"pending", "indexed", "failed"}) String status,
        @Schema(nullable = true, description = "Why indexing failed") String statusReason,
        int chunkCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(nullable = true) OffsetDateTime indexedAt) {

    public static DocumentResponse from(StoredDocument d) {
        return new DocumentResponse(
                d.id(),
                d.name(),
                d.title(),
                d.mimeType(),
                d.sizeBytes(),
                d.sha256(),
                d.tags(),
                d.status(),
                d.statusReason(),
                d.chunkCount(),
                d.createdAt(),
                d.updatedAt(),
                d.indexedAt());
    }
}
