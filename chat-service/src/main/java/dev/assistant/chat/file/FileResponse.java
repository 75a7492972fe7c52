package dev.assistant.chat.file;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file's metadata as the API shows it. */
public record FileResponse(
        UUID id,
        String name,
        String mimeType,
        long sizeBytes,
        String sha256,
        Map<String, Object> metadata,
        @Schema(nullable = true) UUID conversationId,
        OffsetDateTime createdAt) {

    public static FileResponse from(StoredFile f) {
        return new FileResponse(
                f.id(),
                f.name(),
                f.mimeType(),
                f.sizeBytes(),
                f.sha256(),
                f.metadata(),
                f.conversationId(),
                f.createdAt());
    }
}
