package dev.assistant.chat.message;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message as the API shows it. */
public record MessageResponse(
        UUID id,
        UUID conversationId,
        long sequence,
        String role,
        String content,
        @Schema(nullable = true) String model,
        boolean edited,
        @Schema(nullable = true) String originalContent,
        Map<String, Object> metadata,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static MessageResponse from(Message m) {
        return new MessageResponse(
                m.id(),
                m.conversationId(),
                m.sequence(),
                m.role(),
                m.content(),
                m.model(),
                m.edited(),
                m.originalContent(),
                m.metadata(),
                m.createdAt(),
                m.updatedAt());
    }
}
