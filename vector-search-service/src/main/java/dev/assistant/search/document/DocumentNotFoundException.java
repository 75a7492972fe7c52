package dev.assistant.search.document;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

/** 404 for a document that does not exist or belongs to someone else. */
public class DocumentNotFoundException extends NotFoundException {

    public DocumentNotFoundException(UUID id) {
        super("document " + id + " not found");
    }
}
