package dev.assistant.chat.observability;

import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * What operators get from every service (service-kit's observability package), seen from outside.
 */
@QuarkusTest
class ObservabilityTest {

    private final String bearer = TestTokens.bearer("observed-" + UUID.randomUUID());

    @Test
    void everyResponseCarriesTheRequestIdItsLogLinesCarry() {
        given().header("Authorization", bearer)
                .header("X-Request-Id", "gw-4f2a.17")
                .get("/api/chat/me")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo("gw-4f2a.17"));
        // None given, or one that could smuggle anything into a log line: a fresh one.
        for (String sent : new String[] {null, "a b\nforged=1", "x".repeat(65)}) {
            var request = given().header("Authorization", bearer);
            if (sent != null) {
                request.header("X-Request-Id", sent);
            }
            request.get("/api/chat/me")
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        }
    }

    @Test
    void latencyIsAHistogramAndPoolCapacityAndReadinessAreKnown() {
        given().header("Authorization", bearer).get("/api/chat/me").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern(
                        "http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/chat/me\"[^}]*le=\"0\\.005\"")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"10\\.0\"")
                .containsPattern("assistant_db_pool_max_connections(\\{[^}]*})? [1-9]")
                // The test instance is ready: PostgreSQL and its schema are there.
                .containsPattern("assistant_ready(\\{[^}]*})? 1\\.0");
    }
}
