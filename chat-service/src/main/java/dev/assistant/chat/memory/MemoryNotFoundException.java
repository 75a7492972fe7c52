package dev.assistant.chat.memory;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a memory that does not exist or belongs to someone else (the two look the same). */
public class MemoryNotFoundException extends NotFoundException {

    public MemoryNotFoundException(UUID id) {
        super("memory " + id + " not found");
    }
}
