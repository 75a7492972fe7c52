package dev.assistant.kit.testing.openapi;

import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API contract every service keeps, checked from its own live OpenAPI document (so every route,
 * present and future): hostile input never gets a 5xx or an undocumented answer, another user's
 * resources answer 404 on every operation, and the owner's valid requests succeed with responses
 * that match the document. A service's test extends this with {@code @QuarkusTest} and says which
 * resources its user owns.
 */
public abstract class ApiContractTest {

    /**
     * Creates, as the user {@code ownerBearer} names, one resource of each collection the service's
     * paths address, and says where each is (and any body a generated one would not satisfy).
     */
    protected abstract Fixtures fixturesOwnedBy(String ownerBearer);

    @Test
    void hostileInputGetsADocumentedProblemNamingTheFieldNeverA5xx() {
        Findings findings =
                OpenApiFuzzer.run(
                        ApiDocument.fetch(Target.service().request()),
                        Target.service(),
                        TestTokens.bearer("fuzz-" + UUID.randomUUID()),
                        TestTokens.adminBearer("fuzz-admin-" + UUID.randomUUID()));
        assertThat(findings.requests()).as("probes sent").isPositive();
        assertThat(findings.list()).isEmpty();
    }

    @Test
    void everyOperationAnswersOnlyTheOwnerAndAsDocumented() {
        String owner = TestTokens.bearer("owner-" + UUID.randomUUID());
        Findings findings =
                OwnershipCheck.run(
                        ApiDocument.fetch(Target.service().request()),
                        Target.service(),
                        fixturesOwnedBy(owner),
                        owner,
                        TestTokens.adminBearer("admin-" + UUID.randomUUID()),
                        TestTokens.bearer("intruder-" + UUID.randomUUID()));
        assertThat(findings.requests()).as("requests sent").isPositive();
        assertThat(findings.list()).isEmpty();
    }
}
