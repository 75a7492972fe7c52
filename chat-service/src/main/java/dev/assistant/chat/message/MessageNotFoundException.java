package dev.assistant.chat.message;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a message that does not exist in that conversation for this user. */
public class MessageNotFoundException extends NotFoundException {

    public MessageNotFoundException(UUID id) {
        super("message " + id + " not found");
    }
}
