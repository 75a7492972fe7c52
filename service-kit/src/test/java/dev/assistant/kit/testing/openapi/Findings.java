package dev.assistant.kit.testing.openapi;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;

/** What one run found, and how many requests it sent to find it. */
public final class Findings {

    private final List<Finding> found = new ArrayList<>();
    private int requests;

    void sent() {
        requests++;
    }

    void add(ApiOperation operation, String probe, Response response, String problem) {
        found.add(
                new Finding(
                        operation.name(),
                        probe,
                        response == null ? 0 : response.statusCode(),
                        problem));
    }

    public int requests() {
        return requests;
    }

    public List<Finding> list() {
        return List.copyOf(found);
    }
}
