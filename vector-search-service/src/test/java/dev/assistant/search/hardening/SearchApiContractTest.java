package dev.assistant.search.hardening;

import dev.assistant.kit.testing.openapi.ApiContractTest;
import dev.assistant.kit.testing.openapi.Fixtures;
import dev.assistant.search.support.SearchApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * vector-search-service's API contract, from its live OpenAPI document (see {@link
 * ApiContractTest}): the owner's indexed document is the resource every /documents/{id} operation
 * addresses, and another user's requests for it must all answer 404.
 */
@QuarkusTest
class SearchApiContractTest extends ApiContractTest {

    @Override
    protected Fixtures fixturesOwnedBy(String ownerBearer) {
        SearchApi owner = SearchApi.withBearer(ownerBearer);
        String document =
                owner.uploadIndexed(
                        "notes.md", "# Wind tunnels\n\nA wind tunnel measures lift and drag.");
        return new Fixtures().id("documents", document);
    }
}
