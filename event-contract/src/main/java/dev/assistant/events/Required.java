package dev.assistant.events;

/**
 * Checks for payload records' compact constructors: a required field that is missing is a malformed
 * event.
 */
public final class Required {

    private Required() {}

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }
}
