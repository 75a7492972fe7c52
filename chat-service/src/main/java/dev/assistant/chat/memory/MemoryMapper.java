package dev.assistant.chat.memory;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** Converts between the domain record and what crosses the edges (HTTP responses, event payloads). */
@ApplicationScoped
public class MemoryMapper {

    public MemoryResponse toResponse(Memory memory) {
        return new MemoryResponse(memory.id(), memory.title(), memory.content(), memory.importance(),
                memory.tags(), memory.createdAt(), memory.updatedAt());
    }

    /** Payload of chat.memory.saved v1 (documented in docs/events.md). */
    public Map<String, Object> toSavedEvent(Memory memory) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("memoryId", memory.id().toString());
        payload.put("ownerId", memory.ownerId());
        payload.put("title", memory.title());
        payload.put("content", memory.content());
        payload.put("importance", memory.importance());
        payload.put("tags", memory.tags());
        payload.put("createdAt", memory.createdAt().toString());
        payload.put("updatedAt", memory.updatedAt().toString());
        return payload;
    }

    /** Payload of chat.memory.deleted v1. */
    public Map<String, Object> toDeletedEvent(String ownerId, java.util.UUID memoryId) {
        return Map.of("memoryId", memoryId.toString(), "ownerId", ownerId);
    }
}
