package dev.assistant.goals.goal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The goal endpoints as one user calls them, for tests. */
public final class GoalsApi {

    public static final String GOALS = "/api/goals/goals";

    private final String user;

    public GoalsApi(String user) {
        this.user = user;
    }

    public static GoalsApi newUser() {
        return new GoalsApi("user-" + UUID.randomUUID());
    }

    public String user() {
        return user;
    }

    public RequestSpecification request() {
        return given().header("Authorization", TestTokens.bearer(user));
    }

    public ValidatableResponse post(String title, String level, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "level", level));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return request().contentType(ContentType.JSON).body(body).post(GOALS).then();
    }

    public String create(String title, String level, String parentId) {
        return post(title, level, parentId).statusCode(201).extract().path("id");
    }

    public ValidatableResponse get(String id) {
        return request().get(GOALS + "/" + id).then();
    }

    /** POST /goals/{id}/{action} with a JSON body (or none). */
    public ValidatableResponse action(String id, String action, Object body) {
        RequestSpecification request = request();
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post(GOALS + "/" + id + "/" + action).then();
    }

    public ValidatableResponse patch(String id, Object body) {
        return request().contentType(ContentType.JSON).body(body).patch(GOALS + "/" + id).then();
    }

    public ValidatableResponse delete(String id) {
        return request().delete(GOALS + "/" + id).then();
    }

    public List<String> treeIds(String id) {
        return request()
                .get(GOALS + "/" + id + "/tree")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }
}
