package dev.assistant.search.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.assistant.kit.content.MimeSniffer;

/**
 * The formats an uploaded document may have, decided from its bytes (the suite's {@link
 * MimeSniffer}), never from the type the client declares. Markdown is UTF-8 text by its bytes, so
 * text becomes Markdown when its name ends in .md/.markdown or its content uses Markdown's block
 * syntax (a "# heading" line, a ``` fence or a table's | --- | line).
 */
public enum DocumentFormat {
    PLAIN_TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html"),
    PDF("application/pdf");

    private static final Pattern MARKDOWN_SYNTAX =
            Pattern.compile("(?m)^(#{1,6} \\S|```|\\|?\\s*:?-{3,}:?\\s*\\|)");

    private final String mimeType;

    DocumentFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The format of {@code content}, or null when it is none of the supported ones. */
    public static DocumentFormat detect(byte[] content, String fileName) {
        return switch (MimeSniffer.sniff(content)) {
            case "application/pdf" -> PDF;
            case "text/html" -> HTML;
            // JSON is text too: indexed as plain text.
            case "text/plain", "application/json" ->
                    looksLikeMarkdown(content, fileName) ? MARKDOWN : PLAIN_TEXT;
            default -> null;
        };
    }

    /** The format stored with a document (its mime type). */
    public static DocumentFormat of(String mimeType) {
        for (DocumentFormat format : values()) {
            if (format.mimeType.equals(mimeType)) {
                return format;
            }
        }
        return PLAIN_TEXT;
    }

    private static boolean looksLikeMarkdown(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return true;
        }
        String head =
                new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.UTF_8);
        return MARKDOWN_SYNTAX.matcher(head).find();
    }
}
