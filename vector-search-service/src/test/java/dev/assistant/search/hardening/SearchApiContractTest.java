package dev.assistant.search.hardening;

import dev.assistant.kit.testing.openapi.ApiContractTest;
import dev.assistant.kit.testing.openapi.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * vector-search-service's API contract, from its live OpenAPI document (see {@link
 * ApiContractTest}). Its only operation addresses no single resource yet, so a user owns none.
 */
@QuarkusTest
class SearchApiContractTest extends ApiContractTest {

    @Override
    protected Fixtures fixturesOwnedBy(String ownerBearer) {
        return new Fixtures();
    }
}
