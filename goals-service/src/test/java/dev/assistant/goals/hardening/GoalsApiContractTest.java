package dev.assistant.goals.hardening;

import dev.assistant.kit.testing.openapi.ApiContractTest;
import dev.assistant.kit.testing.openapi.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;

/** goals-service's API contract, from its live OpenAPI document (see {@link ApiContractTest}). */
@QuarkusTest
class GoalsApiContractTest extends ApiContractTest {

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
        // Practice last: its session and instance (with a running timer, an instance order and
        // times that fit them) are the ones every sessions and activity-instances operation uses.
        return PracticeFixtures.add(
                ownerBearer,
                goal,
                TargetFixtures.add(
                        ownerBearer, goal, ProgramFixtures.add(ownerBearer, goal, fixtures)));
    }
}
