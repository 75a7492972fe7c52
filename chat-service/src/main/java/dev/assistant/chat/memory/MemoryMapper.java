package dev.assistant.chat.memory;


import dev.assistant.events.chat.ChatEvents.MemorySaved;
import jakarta.enterprise.context.ApplicationScoped;

/** Converts between the domain record and what crosses the edges (HTTP responses, event payloads). */
@ApplicationScoped
public class MemoryMapper {

    public MemoryResponse toResponse(Memory memory) {
        return new MemoryResponse(memory.id(), memory.title(), memory.content(), memory.importance(),
                memory.tags(), memory.createdAt(), memory.updatedAt());
    }

    public MemorySaved toSavedEvent(Memory memory) {
        return new MemorySaved(memory.id(), memory.ownerId(), memory.title(), memory.content(), memory.importance(), memory.tags(),
                memory.createdAt().toInstant(), memory.updatedAt().toInstant());
    }
}
