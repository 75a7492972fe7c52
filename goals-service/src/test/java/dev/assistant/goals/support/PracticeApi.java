package dev.assistant.goals.support;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** One test user of goals-service's practice endpoints, and the requests tests repeat. */
public final class PracticeApi {

    public static final String BASE = "/api/goals";

    private final String id;
    private final String bearer;

    private PracticeApi(String id, String bearer) {
        this.id = id;
        this.bearer = bearer;
    }

    /** A fresh random user. */
    public static PracticeApi newUser() {
        String id = "user-" + UUID.randomUUID();
        return new PracticeApi(id, TestTokens.bearer(id));
    }

    /** A user known only by their bearer ({@link #id()} is then null). */
    public static PracticeApi withBearer(String bearer) {
        return new PracticeApi(null, bearer);
    }

    public String id() {
        return id;
    }

    public RequestSpecification request() {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    public ValidatableResponse post(String path, Object body) {
        return request().body(body).post(BASE + path).then();
    }

    public ValidatableResponse put(String path, Object body) {
        return request().body(body).put(BASE + path).then();
    }

    public ValidatableResponse patch(String path, Object body) {
        return request().body(body).patch(BASE + path).then();
    }

    public ValidatableResponse get(String path) {
        return request().get(BASE + path).then();
    }

    public ValidatableResponse delete(String path) {
        return request().delete(BASE + path).then();
    }

    /** Creates an id-bearing resource (201) and returns its id. */
    public String create(String path, Object body) {
        return post(path, body).statusCode(201).extract().path("id");
    }

    /** A new tree: its root goal's id. */
    public String root(String title) {
        return create("/goals", Map.of("title", title, "level", "UltimateGoal"));
    }

    /** A goal below {@code parentId}. */
    public String goal(String parentId, String title, String level) {
        return create("/goals", Map.of("title", title, "level", level, "parentId", parentId));
    }

    /** A session of the tree, ad hoc. */
    public String session(String rootId, String name) {
        return create("/sessions", Map.of("rootId", rootId, "name", name));
    }

    /** An activity with the given metrics (names) and no splits. */
    public String activity(String rootId, String name, String... metrics) {
        return create(
                "/activities",
                Map.of(
                        "rootId",
                        rootId,
                        "name",
                        name,
                        "metrics",
                        Arrays.stream(metrics).map(m -> Map.of("name", m, "unit", "kg")).toList()));
    }
}
