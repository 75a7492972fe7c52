package dev.assistant.goals.template;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a template that does not exist, was deleted, or belongs to someone else. */
public class TemplateNotFoundException extends NotFoundException {

    public TemplateNotFoundException(UUID id) {
        super("session template " + id + " not found");
    }
}
