package dev.assistant.chat.message;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One message of a conversation; {@code sequence} orders it there. */
public record Message(
        UUID id,
        UUID conversationId,
        String ownerId,
        long sequence,
        String role,
        String content,
        String model,
        boolean edited,
        String originalContent,
        Map<String, Object> metadata,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
