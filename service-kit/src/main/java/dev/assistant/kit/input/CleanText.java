package dev.assistant.kit.input;

/**
 * Text the suite stores must be valid Unicode without NUL: PostgreSQL's text and jsonb reject
 * U+0000, and a lone UTF-16 surrogate cannot be encoded as UTF-8 (it would silently become '?').
 * Every entry point (JSON bodies, query and path parameters, token claims) checks with this one
 * rule.
 */
public final class CleanText {

    private CleanText() {}

    /** Why {@code value} cannot be stored, or null when it can. */
    public static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000), which cannot be stored";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired UTF-16 surrogate, which is not valid Unicode";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate, which is not valid Unicode";
            }
        }
        return null;
    }
}
