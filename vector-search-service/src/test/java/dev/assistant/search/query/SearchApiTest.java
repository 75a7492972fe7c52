package dev.assistant.search.query;

import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class SearchApiTest {

    @Test
    void requiresAuthentication() {
        given().queryParam("q", "x")
                .get("/api/search")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/unauthorized"));
    }

    @Test
    void rejectsMissingQueryAndBadLimitsNamingTheParameter() {
        given().header("Authorization", TestTokens.bearer("u1"))
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("q"));
        given().header("Authorization", TestTokens.bearer("u1"))
                .queryParam("q", "x")
                .queryParam("limit", 0)
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("limit"));
        given().header("Authorization", TestTokens.bearer("u1"))
                .queryParam("q", "x")
                .queryParam("minScore", 2)
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("minScore"));
    }

    @Test
    void emptyIndexGivesNoHitsAndNamesTheModel() {
        given().header("Authorization", TestTokens.bearer("nobody-" + System.nanoTime()))
                .queryParam("q", "anything")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits.size()", equalTo(0))
                .body("modelVersion", containsString("all-minilm-l6-v2"));
    }

    @Test
    void readinessIncludesSchemaAndKafka() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("schema"));
    }
}
