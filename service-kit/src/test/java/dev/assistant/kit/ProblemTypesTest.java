package dev.assistant.kit;

import java.net.URI;

import dev.assistant.kit.problem.ProblemTypes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypesTest {

    private final ProblemTypes types = new ProblemTypes();

    @Test
    void derivesAStableTypeFromTheStatus() {
        HttpProblem problem =
                types.apply(
                        HttpProblem.builder().withStatus(404).withTitle("Not Found").build(),
                        ProblemContext.of(new RuntimeException(), "/x"));
        assertThat(problem.getType()).hasToString(ProblemTypes.BASE + "not-found");
        assertThat(
                        types.apply(
                                        HttpProblem.builder().withStatus(503).build(),
                                        ProblemContext.of(null, "/x"))
                                .getType())
                .hasToString(ProblemTypes.BASE + "unavailable");
        assertThat(
                        types.apply(
                                        HttpProblem.builder().withStatus(502).build(),
                                        ProblemContext.of(null, "/x"))
                                .getType())
                .hasToString(ProblemTypes.BASE + "internal");
    }

    @Test
    void keepsATypeChosenByTheCode() {
        HttpProblem specific =
                HttpProblem.builder()
                        .withStatus(409)
                        .withType(URI.create("https://example.test/x"))
                        .build();
        assertThat(types.apply(specific, ProblemContext.of(null, "/x")).getType())
                .hasToString("https://example.test/x");
    }
}
