package dev.assistant.goals.session;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a session that does not exist, was deleted, or belongs to someone else. */
public class SessionNotFoundException extends NotFoundException {

    public SessionNotFoundException(UUID id) {
        super("session " + id + " not found");
    }
}
