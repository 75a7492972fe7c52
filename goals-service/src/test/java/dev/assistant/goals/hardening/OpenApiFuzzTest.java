package dev.assistant.goals.hardening;

import java.util.UUID;

import dev.assistant.kit.testing.OpenApiFuzzer;
import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of this service's live OpenAPI document, probed as hostile clients would. */
@QuarkusTest
class OpenApiFuzzTest {

    @Test
    void noOperationAnswersWithA5xxAnUndocumentedStatusOrAProblemThatDoesNotNameTheField() {
        OpenApiFuzzer.Result result =
                OpenApiFuzzer.run(
                        TestTokens.bearer("fuzz-" + UUID.randomUUID()),
                        TestTokens.adminBearer("fuzz-admin-" + UUID.randomUUID()));
        assertThat(result.requests()).as("probes sent").isPositive();
        assertThat(result.findings()).isEmpty();
    }
}
