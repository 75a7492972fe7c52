package dev.assistant.search.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document's metadata from an event's fields, as JSON values: numbers, booleans, strings and
 * lists as they are, ids and times as their string forms, and null kept (it clears a value an
 * earlier event set, e.g. a deadline removed).
 */
final class DocumentMetadata {

    private final Map<String, Object> values = new LinkedHashMap<>();

    DocumentMetadata put(String key, Object value) {
        values.put(key, jsonValue(value));
        return this;
    }

    Map<String, Object> toMap() {
        return values;
    }

    private static Object jsonValue(Object value) {
        return value == null
                        || value instanceof Number
                        || value instanceof Boolean
                        || value instanceof String
                        || value instanceof Collection<?>
                ? value
                : value.toString();
    }
}
