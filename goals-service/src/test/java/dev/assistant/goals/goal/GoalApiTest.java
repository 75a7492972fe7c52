package dev.assistant.goals.goal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class GoalApiTest {

    private static final String GOALS = "/api/goals/goals";

    private static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    private static ValidatableResponse post(
            String user, String title, String level, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "level", level));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return given().header("Authorization", TestTokens.bearer(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(GOALS)
                .then();
    }

    private static String create(String user, String title, String level, String parentId) {
        return post(user, title, level, parentId).statusCode(201).extract().path("id");
    }

    @Test
    void buildsATreeWithRootIdOnEveryNode() {
        String user = newUser();
        String root = create(user, "Run a marathon", "UltimateGoal", null);
        String mid = create(user, "Run a half marathon", "MidTermGoal", root);
        String micro = create(user, "Run 5 km today", "MicroGoal", mid);

        given().header("Authorization", TestTokens.bearer(user))
                .get(GOALS + "/" + micro)
                .then()
                .statusCode(200)
                .body("rootId", equalTo(root))
                .body("parentId", equalTo(mid))
                .body("level", equalTo("MicroGoal"));
        List<String> tree =
                given().header("Authorization", TestTokens.bearer(user))
                        .get(GOALS + "/" + micro + "/tree")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        assertThat(tree).containsExactly(root, mid, micro);
        given().header("Authorization", TestTokens.bearer(user))
                .get(GOALS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(root)));
    }

    @Test
    void enforcesTheTreeShapeNamingTheField() {
        String user = newUser();
        post(user, "Orphan", "MidTermGoal", null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("level"));
        String root = create(user, "Root", "UltimateGoal", null);
        String mid = create(user, "Mid", "MidTermGoal", root);
        post(user, "Upwards", "LongTermGoal", mid)
                .statusCode(400)
                .body("violations.field", hasItem("level"));
        post(user, "Dangling", "NanoGoal", UUID.randomUUID().toString())
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        post(user, " ", "NotALevel", null).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void deletingAGoalSoftDeletesItsSubtree() {
        String user = newUser();
        String root = create(user, "Root", "UltimateGoal", null);
        String child = create(user, "Child", "LongTermGoal", root);
        String grandchild = create(user, "Grandchild", "ShortTermGoal", child);

        given().header("Authorization", TestTokens.bearer(user))
                .delete(GOALS + "/" + child)
                .then()
                .statusCode(204);
        given().header("Authorization", TestTokens.bearer(user))
                .get(GOALS + "/" + grandchild)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://assistant-suite.dev/problems/not-found"));
        List<String> tree =
                given().header("Authorization", TestTokens.bearer(user))
                        .get(GOALS + "/" + root + "/tree")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id");
        assertThat(tree).containsExactly(root);
    }

    @Test
    void anotherUsersGoalIsInvisibleOnEveryEndpoint() {
        String owner = newUser();
        String intruder = newUser();
        String root = create(owner, "Private", "UltimateGoal", null);
        String intruderToken = TestTokens.bearer(intruder);

        for (ValidatableResponse response :
                List.of(
                        given().header("Authorization", intruderToken)
                                .get(GOALS + "/" + root)
                                .then(),
                        given().header("Authorization", intruderToken)
                                .get(GOALS + "/" + root + "/tree")
                                .then(),
                        given().header("Authorization", intruderToken)
                                .delete(GOALS + "/" + root)
                                .then())) {
            response.statusCode(404).contentType("application/problem+json");
        }
        // Attaching a child to someone else's goal looks exactly like a missing parent.
        post(intruder, "Hijack", "LongTermGoal", root)
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        given().header("Authorization", intruderToken)
                .get(GOALS)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().header("Authorization", TestTokens.bearer(owner))
                .get(GOALS + "/" + root + "/tree")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void requiresAToken() {
        given().get(GOALS).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void readinessChecksDatabaseAndSchema() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'schema' }.status", equalTo("UP"));
    }
}
