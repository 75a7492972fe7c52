package dev.assistant.search.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A document as stored: what it is, where it comes from and how far its indexing got. */
public record StoredDocument(
        UUID id,
        String ownerId,
        String source,
        String sourceRef,
        String name,
        String title,
        String mimeType,
        long sizeBytes,
        String sha256,
        List<String> tags,
        String status,
        String statusReason,
        int chunkCount,
        long generation,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime indexedAt) {

    public static final String SOURCE_UPLOAD = "upload";
    public static final String PENDING = "pending";
    public static final String INDEXED = "indexed";
    public static final String FAILED = "failed";
}
