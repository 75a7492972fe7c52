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
 * @param mimeType the format {@code text} is read in (text/plain, text/markdown, text/html)
 * @param metadata stored as the document's metadata: a key given replaces the stored value (a null
 *     value clears it), a key not given keeps the stored one (an edit event that does not carry a
 *     field does not erase it)
 * @param container the thing it lives in and is deleted with in its own service (a message's
 *     conversation), or null
 */
public record SourceDocument(
        String ownerId,
        String source,
        String sourceRef,
        String title,
        String mimeType,
        String text,
        Map<String, Object> metadata,
        SourceRef container) {

    public SourceDocument {
        // PostgreSQL text cannot hold NUL. Producers refuse it at their API, but an import or an
        // older producer may still carry one: the searchable text loses it rather than the event
        // being dead-lettered over one invisible character.
        title = withoutNul(title);
        text = withoutNul(text);
    }

    public SourceDocument(
            String ownerId,
            String source,
            String sourceRef,
            String title,
            String mimeType,
            String text,
            Map<String, Object> metadata) {
        this(ownerId, source, sourceRef, title, mimeType, text, metadata, null);
    }

    /** The text to index for something with a title and a body: both are searchable. */
    public static String titled(String title, String body) {
        return body == null || body.isBlank() ? title : title + "\n\n" + body;
    }

    public SourceRef ref() {
        return new SourceRef(source, sourceRef);
    }

    /** Stable id from (owner, source, ref): a re-delivered or re-played event hits the same row. */
    public UUID documentId() {
        return documentId(ownerId, source, sourceRef);
    }

    public static UUID documentId(String ownerId, String source, String sourceRef) {
        return UUID.nameUUIDFromBytes(
                (ownerId + '\u0000' + source + '\u0000' + sourceRef)
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String withoutNul(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }
}
