package dev.assistant.chat.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Test-side shortcuts over the real HTTP API, as one user. */
public final class ChatApi {

    private final String user;
    private final String bearer;

    private ChatApi(String user, String bearer) {
        this.user = user;
        this.bearer = bearer;
    }

    public static ChatApi newUser() {
        String user = "user-" + UUID.randomUUID();
        return new ChatApi(user, TestTokens.bearer(user));
    }

    /** As the user a bearer token names (its id is then unknown here). */
    public static ChatApi withBearer(String bearer) {
        return new ChatApi(null, bearer);
    }

    public String id() {
        return user;
    }

    public RequestSpecification request() {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    public String conversation(String title, String... tags) {
        return request()
                .body(Map.of("title", title, "tags", List.of(tags)))
                .post("/api/chat/conversations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public String message(String conversationId, String role, String content) {
        return request()
                .body(Map.of("role", role, "content", content))
                .post("/api/chat/conversations/" + conversationId + "/messages")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public List<String> bulk(String conversationId, int count, String prefix) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(
                    Map.of("role", i % 2 == 0 ? "user" : "assistant", "content", prefix + " " + i));
        }
        return request()
                .body(Map.of("messages", messages))
                .post("/api/chat/conversations/" + conversationId + "/messages/bulk")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public String memory(String title) {
        return request()
                .body(Map.of("title", title, "content", "about " + title))
                .post("/api/chat/memories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
