package dev.assistant.search.document;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Text another service owns and announced through an event, to be made searchable for its owner.
 *
 * @param ownerId the user it belongs to (from the event; every query filters on it)
 * @param source what kind of thing it is, e.g. chat.memory, goals.note
 * @param sourceRef the id of that thing in its own service
 */
public record SourceDocument(
        String ownerId,
        String source,
        String sourceRef,
        String title,
        String mimeType,
        String text,
        Map<String, Object> metadata) {

    /** Stable id from (owner, source, ref): a re-delivered or re-played event hits the same row. */
    public UUID documentId() {
        return documentId(ownerId, source, sourceRef);
    }

    public static UUID documentId(String ownerId, String source, String sourceRef) {
        return UUID.nameUUIDFromBytes(
                (ownerId + '\u0000' + source + '\u0000' + sourceRef)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
