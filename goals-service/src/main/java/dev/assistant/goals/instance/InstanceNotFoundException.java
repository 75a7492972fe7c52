package dev.assistant.goals.instance;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for an instance that does not exist, was deleted (or its session was), or is not yours. */
public class InstanceNotFoundException extends NotFoundException {

    public InstanceNotFoundException(UUID id) {
        super("activity instance " + id + " not found");
    }
}
