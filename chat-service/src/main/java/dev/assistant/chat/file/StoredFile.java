package dev.assistant.chat.file;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A file's record; its bytes are in the {@link FileContentStore} under (owner, sha256). */
public record StoredFile(
        UUID id,
        String ownerId,
        String name,
        String mimeType,
        long sizeBytes,
        String sha256,
        Map<String, Object> metadata,
        UUID conversationId,
        OffsetDateTime createdAt) {}
