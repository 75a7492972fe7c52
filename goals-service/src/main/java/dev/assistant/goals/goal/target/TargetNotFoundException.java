package dev.assistant.goals.goal.target;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a target that does not exist, whose goal is deleted, or that is someone else's. */
public class TargetNotFoundException extends NotFoundException {

    public TargetNotFoundException(UUID id) {
        super("target " + id + " not found");
    }
}
