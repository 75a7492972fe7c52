package dev.assistant.search.document;

/**
 * A thing in the service that owns it: what kind it is and its id there, e.g. ({@code
 * chat.message}, the message's id) or ({@code chat.conversation}, the conversation's id).
 */
public record SourceRef(String source, String ref) {

    public SourceRef {
        if (source == null || ref == null) {
            throw new IllegalArgumentException("a source reference needs a source and an id");
        }
    }
}
