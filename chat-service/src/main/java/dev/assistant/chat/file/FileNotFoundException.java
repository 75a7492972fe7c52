package dev.assistant.chat.file;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a file that does not exist or belongs to someone else. */
public class FileNotFoundException extends NotFoundException {

    public FileNotFoundException(UUID id) {
        super("file " + id + " not found");
    }
}
