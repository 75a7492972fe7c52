package dev.assistant.goals.hardening;

import dev.assistant.kit.testing.openapi.ApiContractTest;
import dev.assistant.kit.testing.openapi.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;

import static io.restassured.RestAssured.given;

/** goals-service's API contract, from its live OpenAPI document (see {@link ApiContractTest}). */
@QuarkusTest
class GoalsApiContractTest extends ApiContractTest {

    @Inject Pool pool;

    @Override
    protected Fixtures fixturesOwnedBy(String ownerBearer) {
        String goal =
                given().header("Authorization", ownerBearer)
                        .contentType("application/json")
                        .body("{\"title\":\"Run a marathon\",\"level\":\"UltimateGoal\"}")
                        .post("/api/goals/goals")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        Fixtures fixtures = new Fixtures().id("goals", goal);
        return TargetFixtures.add(
                ownerBearer,
                goal,
                pool,
                ProgramFixtures.add(
                        ownerBearer, goal, PracticeFixtures.add(ownerBearer, goal, fixtures)));
    }
}
