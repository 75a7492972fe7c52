package dev.assistant.chat.memory;

import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class MemoryApiTest {

    private static final String MEMORIES = "/api/chat/memories";

    static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    static String create(String user, String title) {
        return given().header("Authorization", TestTokens.bearer(user))
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "title",
                                title,
                                "content",
                                "content of " + title,
                                "importance",
                                7,
                                "tags",
                                List.of("a", "b")))
                .post(MEMORIES)
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*" + MEMORIES + "/[0-9a-f-]{36}$"))
                .extract()
                .path("id");
    }

    @Test
    void createReadReplaceDelete() {
        String alice = newUser();
        String id = create(alice, "Kafka");

        given().header("Authorization", TestTokens.bearer(alice))
                .get(MEMORIES + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Kafka"))
                .body("importance", equalTo(7))
                .body("tags", containsInAnyOrder("a", "b"));

        given().header("Authorization", TestTokens.bearer(alice))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Kafka 4", "content", "KRaft only"))
                .put(MEMORIES + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Kafka 4"))
                .body("importance", equalTo(MemoryRequest.DEFAULT_IMPORTANCE))
                .body("tags.size()", equalTo(0));

        given().header("Authorization", TestTokens.bearer(alice))
                .delete(MEMORIES + "/" + id)
                .then()
                .statusCode(204);
        given().header("Authorization", TestTokens.bearer(alice))
                .get(MEMORIES + "/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/not-found"));
    }

    @Test
    void listsNewestFirstWithKeysetCursor() {
        String bob = newUser();
        for (int i = 0; i < 5; i++) {
            create(bob, "memory " + i);
        }
        var first =
                given().header("Authorization", TestTokens.bearer(bob))
                        .queryParam("limit", 2)
                        .get(MEMORIES)
                        .then()
                        .statusCode(200)
                        .body("items.size()", equalTo(2))
                        .extract();
        assertThat(first.<List<String>>path("items.title")).containsExactly("memory 4", "memory 3");
        String cursor = first.path("nextCursor");

        var second =
                given().header("Authorization", TestTokens.bearer(bob))
                        .queryParam("limit", 3)
                        .queryParam("cursor", cursor)
                        .get(MEMORIES)
                        .then()
                        .statusCode(200)
                        .extract();
        assertThat(second.<List<String>>path("items.title"))
                .containsExactly("memory 2", "memory 1", "memory 0");
        assertThat(second.<String>path("nextCursor")).isNull();
    }

    @Test
    void filtersByWordsTagAndImportance() {
        String erin = newUser();
        for (Object[] m :
                new Object[][] {
                    {"Bike tyres", "4 bar front, 4.5 bar rear", 8, List.of("bike")},
                    {"Coffee order", "Cà phê sữa đá, ít đường", 3, List.of("food")},
                    {"Bike lock code", "1234", 9, List.of("bike", "secret")}
                }) {
            given().header("Authorization", TestTokens.bearer(erin))
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", m[0], "content", m[1], "importance", m[2], "tags", m[3]))
                    .post(MEMORIES)
                    .then()
                    .statusCode(201);
        }
        assertThat(
                        given().header("Authorization", TestTokens.bearer(erin))
                                .queryParam("q", "BIKE")
                                .get(MEMORIES)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<String>>path("items.title"))
                .containsExactly("Bike lock code", "Bike tyres");
        assertThat(
                        given().header("Authorization", TestTokens.bearer(erin))
                                .queryParam("q", "sữa")
                                .get(MEMORIES)
                                .then()
                                .extract()
                                .<List<String>>path("items.title"))
                .containsExactly("Coffee order");
        assertThat(
                        given().header("Authorization", TestTokens.bearer(erin))
                                .queryParam("tag", "bike")
                                .queryParam("minImportance", 9)
                                .get(MEMORIES)
                                .then()
                                .extract()
                                .<List<String>>path("items.title"))
                .containsExactly("Bike lock code");
        given().header("Authorization", TestTokens.bearer(erin))
                .queryParam("minImportance", 11)
                .get(MEMORIES)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("minImportance"));
    }

    @Test
    void rejectsInvalidBodiesNamingTheFieldsAndWritesNothing() {
        String carol = newUser();
        given().header("Authorization", TestTokens.bearer(carol))
                .contentType(ContentType.JSON)
                .body(Map.of("title", " ", "content", "x", "importance", 11))
                .post(MEMORIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/bad-request"))
                .body("violations.field", containsInAnyOrder("title", "importance"));
        given().header("Authorization", TestTokens.bearer(carol))
                .get(MEMORIES)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void rejectsBadPaginationParameters() {
        String dave = newUser();
        given().header("Authorization", TestTokens.bearer(dave))
                .queryParam("limit", 1000)
                .get(MEMORIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("limit"));
        given().header("Authorization", TestTokens.bearer(dave))
                .queryParam("cursor", "not-a-cursor")
                .get(MEMORIES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsMissingAndForgedTokensWithProblemJson() throws Exception {
        given().get(MEMORIES)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://assistant-suite.dev/problems/unauthorized"));

        var otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        String forged =
                Jwt.issuer(TestTokens.ISSUER)
                        .subject("mallory")
                        .groups(Set.of("user"))
                        .sign(otherKey);
        given().header("Authorization", "Bearer " + forged)
                .get(MEMORIES)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");

        String wrongIssuer = Jwt.issuer("https://evil.example").subject("mallory").sign();
        given().header("Authorization", "Bearer " + wrongIssuer)
                .get(MEMORIES)
                .then()
                .statusCode(401);
    }

    @Test
    void anotherUsersMemoryIsInvisibleOnEveryEndpoint() {
        String owner = newUser();
        String intruder = newUser();
        String id = create(owner, "private");
        String intruderToken = TestTokens.bearer(intruder);

        // Each endpoint that addresses one memory: the intruder gets the same 404 as for a random
        // id.
        for (ValidatableResponse response :
                List.of(
                        given().header("Authorization", intruderToken)
                                .get(MEMORIES + "/" + id)
                                .then(),
                        given().header("Authorization", intruderToken)
                                .contentType(ContentType.JSON)
                                .body(Map.of("title", "hijacked", "content", "x"))
                                .put(MEMORIES + "/" + id)
                                .then(),
                        given().header("Authorization", intruderToken)
                                .delete(MEMORIES + "/" + id)
                                .then())) {
            response.statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://assistant-suite.dev/problems/not-found"));
        }
        // Collection endpoint: the intruder's list does not contain it.
        given().header("Authorization", intruderToken)
                .get(MEMORIES)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        // And the owner's memory is untouched.
        given().header("Authorization", TestTokens.bearer(owner))
                .get(MEMORIES + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("private"));
    }

    @Test
    void malformedIdIsNotFound() {
        given().header("Authorization", TestTokens.bearer(newUser()))
                .get(MEMORIES + "/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("stackTrace", nullValue());
    }
}
