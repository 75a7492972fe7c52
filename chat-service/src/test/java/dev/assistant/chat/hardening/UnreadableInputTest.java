package dev.assistant.chat.hardening;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import dev.assistant.chat.support.ChatApi;
import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * What a careless or hostile client sends never becomes a 500 or a silent change: each is a 400
 * problem+json that names the field (or parameter, or token claim), with no Java names, and nothing
 * is written. The same rules come from service-kit for every service.
 */
@QuarkusTest
class UnreadableInputTest {

    private final ChatApi user = ChatApi.newUser();

    @Test
    void nulAndLoneSurrogatesInAnyTextFieldAre400NamingTheField() {
        expectField(
                        post("/api/chat/memories", "{\"title\":\"a\\u0000b\",\"content\":\"x\"}"),
                        "title")
                .body("violations[0].message", containsString("NUL"));
        expectField(
                        post("/api/chat/memories", "{\"title\":\"a\\ud800b\",\"content\":\"x\"}"),
                        "title")
                .body("violations[0].message", containsString("surrogate"));
        expectField(
                post(
                        "/api/chat/memories",
                        "{\"title\":\"t\",\"content\":\"x\",\"tags\":[\"ok\",\"b\\u0000\"]}"),
                "tags[1]");
        String conversation = user.conversation("hardening");
        expectField(
                post(
                        "/api/chat/conversations/" + conversation,
                        "{\"metadata\":{\"k\\u0000\":1}}",
                        "PATCH"),
                "metadata");
        expectField(
                post(
                        "/api/chat/conversations",
                        "{\"title\":\"t\",\"metadata\":{\"steps\":\"\\udc00\"}}"),
                "metadata.steps");
        // A valid pair (an emoji) is fine.
        post("/api/chat/memories", "{\"title\":\"ok \\ud83d\\ude00\",\"content\":\"x\"}")
                .statusCode(201);
    }

    @Test
    void jsonOfTheWrongShapeNamesTheFieldInJsonTerms() {
        expectField(
                        post(
                                "/api/chat/memories",
                                "{\"title\":\"t\",\"content\":\"x\",\"tags\":\"notarray\"}"),
                        "tags")
                .body("violations[0].message", equalTo("must be an array"));
        expectField(post("/api/chat/memories", "{\"title\":{\"a\":1},\"content\":\"x\"}"), "title")
                .body("violations[0].message", equalTo("must be a string"));
        expectField(
                        post(
                                "/api/chat/memories",
                                "{\"title\":\"t\",\"content\":\"x\",\"importance\":\"high\"}"),
                        "importance")
                .body("detail", not(containsString("java")));
        expectField(post("/api/chat/memories", "[]"), "body");
        expectField(post("/api/chat/memories", "{bad json"), "body")
                .body("violations[0].message", startsWith("not valid JSON"));
        expectField(post("/api/chat/memories", "[".repeat(5000) + "]".repeat(5000)), "body");
        expectField(
                post(
                        "/api/chat/memories",
                        "{\"title\":\"t\",\"content\":\"x\",\"importance\":1e999}"),
                "importance");
    }

    @Test
    void queryAndPathParametersOfTheWrongTypeAre400NamingTheParameter() {
        expectField(get("/api/chat/memories?limit=abc"), "limit")
                .body("violations[0].in", equalTo("query"));
        expectField(get("/api/chat/memories?limit=2147483648"), "limit");
        expectField(get("/api/chat/memories?minImportance=x"), "minImportance");
        expectField(get("/api/chat/messages/search?q=x&conversationId=nope"), "conversationId");
        expectField(get("/api/chat/memories?q=a%00b"), "q");
        // A path that names no resource is a 404, whatever its shape; still problem+json, naming
        // why.
        get("/api/chat/memories/not-a-uuid")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("id: must be a UUID"));
    }

    @Test
    void aMalformedOrEmptyMultipartBodyIs400() {
        String malformed =
                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhi\r\n--xyz--\r\n";
        for (String body : new String[] {malformed, ""}) {
            expectField(
                    given().header("Authorization", TestTokens.bearer(user.id()))
                            .contentType("multipart/form-data; boundary=abc")
                            .body(body.getBytes(StandardCharsets.UTF_8))
                            .post("/api/chat/files")
                            .then(),
                    "body");
        }
    }

    @Test
    void aTokenWithoutSubjectIs401EverywhereAndABadClaimIs400() {
        for (String path : new String[] {"/api/chat/me", "/api/chat/admin/users"}) {
            given().header("Authorization", TestTokens.bearerWithoutSubject())
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", TestTokens.bearer("nul\u0000user"))
                .get("/api/chat/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("sub"))
                .body("violations[0].in", equalTo("token"));
        given().header("Authorization", TestTokens.bearer(user.id(), Map.of("name", "a\u0000b")))
                .get("/api/chat/me")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void anUnsupportedMethodIs405WithTheRoutesAllowHeader() {
        given().header("Authorization", TestTokens.bearer(user.id()))
                .request("TRACE", "/api/chat/me")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH"));
        given().header("Authorization", TestTokens.bearer(user.id()))
                .put("/api/chat/conversations")
                .then()
                .statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void optionsListsTheMethodsOfThatPathOnly() {
        given().header("Authorization", TestTokens.bearer(user.id()))
                .options("/api/chat/memories")
                .then()
                .statusCode(204)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        given().header("Authorization", TestTokens.bearer(user.id()))
                .options("/api/chat/files/" + UUID.randomUUID() + "/content")
                .then()
                .statusCode(204)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().options("/api/chat/memories")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    private ValidatableResponse post(String path, String json) {
        return post(path, json, "POST");
    }

    private ValidatableResponse post(String path, String json, String method) {
        return given().header("Authorization", TestTokens.bearer(user.id()))
                .contentType("application/json")
                .body(json)
                .request(method, path)
                .then();
    }

    private ValidatableResponse get(String path) {
        return given().header("Authorization", TestTokens.bearer(user.id()))
                .urlEncodingEnabled(false)
                .get(path)
                .then();
    }

    private static ValidatableResponse expectField(ValidatableResponse response, String field) {
        return response.log()
                .ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/bad-request"))
                .body("violations.field", hasItem(field))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("dev.assistant")));
    }
}
