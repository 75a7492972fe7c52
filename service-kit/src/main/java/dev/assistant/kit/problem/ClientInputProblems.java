package dev.assistant.kit.problem;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.assistant.kit.input.InvalidParameterException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.HttpValidationProblem;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a client sent that could not be read becomes a 400 naming the field, whichever mapper caught
 * it first: a body that is not the expected JSON ({@link BodyProblems}), a query, path or header
 * parameter of the wrong type ({@link InvalidParameterException}), and a malformed multipart body
 * (the parser fails with a plain IOException, which would otherwise be a 500). Runs first among the
 * post-processors, so the log line and the problem type see the result.
 */
@ApplicationScoped
public class ClientInputProblems implements ProblemPostProcessor {

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Inject AllowedMethods allowedMethods;

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() == 405
                && !problem.getHeaders().containsKey("Allow")
                && context.path != null) {
            return HttpProblem.builder(problem)
                    .withHeader("Allow", String.join(", ", allowedMethods.forPath(context.path)))
                    .build();
        }
        HttpProblem.Builder rewritten = rewrite(context.cause);
        if (rewritten == null) {
            return namedBody(problem);
        }
        if (problem.getInstance() != null) {
            rewritten.withInstance(problem.getInstance());
        }
        return rewritten.build();
    }

    /**
     * Bean Validation names a violated body parameter (a missing body, say) with an empty field;
     * the API calls it {@code body}. The extension keeps violations in a field without an accessor,
     * hence the reflection; if that ever changes, the problem passes through as it was.
     */
    private static HttpProblem namedBody(HttpProblem problem) {
        if (!(problem instanceof HttpValidationProblem)) {
            return problem;
        }
        try {
            Field field = HttpValidationProblem.class.getDeclaredField("violations");
            field.setAccessible(true);
            List<?> violations = (List<?>) field.get(problem);
            if (violations.stream().noneMatch(v -> ((Violation) v).field.isEmpty())) {
                return problem;
            }
            List<Map<String, String>> named =
                    violations.stream()
                            .map(v -> (Violation) v)
                            .map(
                                    v ->
                                            Map.of(
                                                    "field",
                                                    v.field.isEmpty() ? "body" : v.field,
                                                    "in",
                                                    v.in,
                                                    "message",
                                                    v.message))
                            .toList();
            HttpProblem.Builder builder =
                    HttpProblem.builder()
                            .withStatus(problem.getStatusCode())
                            .withTitle(problem.getTitle())
                            .withDetail(problem.getDetail())
                            .withInstance(problem.getInstance())
                            .with("violations", named);
            if (problem.getType() != null) {
                builder.withType(problem.getType());
            }
            return builder.build();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return problem;
        }
    }

    private static HttpProblem.Builder rewrite(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return BodyProblems.of(json);
            }
            if (t instanceof InvalidParameterException parameter) {
                if (parameter.getResponse().getStatus() == 404) {
                    return HttpProblem.builder()
                            .withStatus(404)
                            .withTitle("Not Found")
                            .withDetail(parameter.parameter() + ": " + parameter.getMessage());
                }
                return InvalidField.builder(
                        parameter.parameter(), parameter.in(), parameter.getMessage());
            }
            if (t instanceof IOException io && isMultipartParse(io)) {
                return InvalidField.builder(
                        "body", "body", "not a valid multipart/form-data body for its boundary");
            }
        }
        return null;
    }

    private static boolean isMultipartParse(Throwable failure) {
        return Arrays.stream(failure.getStackTrace())
                .limit(3)
                .anyMatch(frame -> frame.getClassName().contains(".multipart."));
    }
}
