package dev.assistant.goals.activity;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for an activity definition that does not exist, was deleted, or is someone else's. */
public class ActivityNotFoundException extends NotFoundException {

    public ActivityNotFoundException(UUID id) {
        super("activity " + id + " not found");
    }
}
