package dev.assistant.chat.memory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A memory as the API shows it (the owner is implicit: it is always the caller). */
public record MemoryResponse(
        UUID id,
        String title,
        String content,
        int importance,
        List<String> tags,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static MemoryResponse from(Memory m) {
        return new MemoryResponse(
                m.id(),
                m.title(),
                m.content(),
                m.importance(),
                m.tags(),
                m.createdAt(),
                m.updatedAt());
    }
}
