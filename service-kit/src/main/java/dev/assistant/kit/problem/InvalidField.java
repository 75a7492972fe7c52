package dev.assistant.kit.problem;

import java.util.List;
import java.util.Map;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A 400 naming the offending field, shaped like Bean Validation's violations, for rules that
 * annotations cannot express (a tree's shape, a cursor's format, two exclusive parameters).
 */
public final class InvalidField {

    private InvalidField() {}

    /**
     * @param in where the field is: body, query or path
     */
    public static HttpProblem of(String field, String in, String message) {
        return builder(field, in, message).build();
    }

    public static HttpProblem.Builder builder(String field, String in, String message) {
        return HttpProblem.builder()
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", in, "message", message)));
    }
}
