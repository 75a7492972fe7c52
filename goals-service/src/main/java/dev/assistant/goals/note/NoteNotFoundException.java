package dev.assistant.goals.note;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a note that does not exist, was deleted, or belongs to someone else. */
public class NoteNotFoundException extends NotFoundException {

    public NoteNotFoundException(UUID id) {
        super("note " + id + " not found");
    }
}
