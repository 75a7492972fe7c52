package dev.assistant.kit.problem;

import java.net.URI;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives every problem+json response a stable, documented {@code type} (RFC 9457), derived from its
 * status unless the code that raised it chose a more specific one. Listed in docs/api.md.
 */
@ApplicationScoped
public class ProblemTypes implements ProblemPostProcessor {

    public static final String BASE = "https://assistant-suite.dev/problems/";

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null) {
            return problem;
        }
        return HttpProblem.builder(problem)
                .withType(URI.create(BASE + slug(problem.getStatusCode())))
                .build();
    }

    /**
     * The stable type URI for a status, for responses built outside the problem extension's
     * mappers.
     */
    public static URI typeFor(int status) {
        return URI.create(BASE + slug(status));
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "client-error";
        };
    }
}
