package dev.assistant.search.extract;

/**
 * The bytes cannot be read as the format they were sniffed as (a damaged or encrypted PDF): the
 * document is marked failed with this message as its reason; retrying would not help.
 */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
