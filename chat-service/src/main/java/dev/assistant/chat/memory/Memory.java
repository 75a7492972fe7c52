package dev.assistant.chat.memory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A fact a user asked the assistant to remember. Always read and written for one owner. */
public record Memory(
        UUID id,
        String ownerId,
        String title,
        String content,
        int importance,
        List<String> tags,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
