package dev.assistant.goals.goal;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** 400 naming the offending field, for rules Bean Validation cannot express (tree shape). */
public final class InvalidGoalException {

    private InvalidGoalException() {
    }

    public static HttpProblem of(String field, String message) {
        return HttpProblem.builder()
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", java.util.List.of(java.util.Map.of("field", field, "in", "body", "message", message)))
                .build();
    }
}
