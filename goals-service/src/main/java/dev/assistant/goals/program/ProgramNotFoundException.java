package dev.assistant.goals.program;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a program, block or day that does not exist or is not the caller's. */
public class ProgramNotFoundException extends NotFoundException {

    public ProgramNotFoundException(String what, UUID id) {
        super(what + " " + id + " not found");
    }
}
