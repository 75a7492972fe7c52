package dev.assistant.goals.goal;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a goal that does not exist, was deleted, or belongs to someone else. */
public class GoalNotFoundException extends NotFoundException {

    public GoalNotFoundException(UUID id) {
        super("goal " + id + " not found");
    }
}
