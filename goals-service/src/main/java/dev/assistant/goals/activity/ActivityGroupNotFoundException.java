package dev.assistant.goals.activity;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a group that does not exist, was deleted, or belongs to someone else. */
public class ActivityGroupNotFoundException extends NotFoundException {

    public ActivityGroupNotFoundException(UUID id) {
        super("activity group " + id + " not found");
    }
}
