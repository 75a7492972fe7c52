package dev.assistant.search.extract;

import java.util.Locale;

/** What a piece of a document is; kept on every chunk so a hit says where it came from. */
public enum BlockType {
    HEADING,
    TEXT,
    LIST,
    TABLE,
    CODE;

    /** The name stored in chunks.chunk_type and shown by the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a stored label names. */
    public static BlockType ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
