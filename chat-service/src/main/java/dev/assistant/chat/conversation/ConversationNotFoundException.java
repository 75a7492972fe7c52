package dev.assistant.chat.conversation;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/**
 * 404 for a conversation that does not exist or belongs to someone else (the two look the same).
 */
public class ConversationNotFoundException extends NotFoundException {

    public ConversationNotFoundException(UUID id) {
        super("conversation " + id + " not found");
    }
}
