package dev.assistant.kit.testing.openapi;

import java.util.HashMap;
import java.util.Map;

/**
 * Real resources one user owns, for the requests that need them: an id per collection (the path
 * segment before a parameter: {@code conversations} for {@code /conversations/{id}}), and a body
 * for any operation whose minimal generated body would not be valid (a reference to another
 * resource, a field that must agree with stored state).
 */
public final class Fixtures {

    private final Map<String, String> idsByCollection = new HashMap<>();
    private final Map<String, String> bodiesByOperation = new HashMap<>();

    public Fixtures id(String collection, String id) {
        idsByCollection.put(collection, id);
        return this;
    }

    /**
     * @param operation as {@code "POST /api/chat/conversations/{id}/branches"}
     */
    public Fixtures body(String operation, String json) {
        bodiesByOperation.put(operation, json);
        return this;
    }

    String id(String collection) {
        return idsByCollection.get(collection);
    }

    String body(ApiOperation operation) {
        return bodiesByOperation.get(operation.name());
    }
}
