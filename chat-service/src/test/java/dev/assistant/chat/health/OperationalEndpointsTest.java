package dev.assistant.chat.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OperationalEndpointsTest {

    /**
     * The required version is the newest migration file's, derived by the build: never written by
     * hand.
     */
    @Test
    void readinessReportsDatabaseKafkaAndSchemaVersion() throws IOException {
        String newest;
        try (var files = Files.list(Path.of("src/main/db/migration"))) {
            newest =
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.matches("V\\d+__.*\\.sql"))
                            .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                            .max(Integer::compare)
                            .orElseThrow()
                            .toString();
        }
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("schema"))
                .body("checks.find { it.name == 'schema' }.data.required", equalTo(newest))
                .body("checks.find { it.name == 'schema' }.data.applied", equalTo(newest));
    }

    @Test
    void metricsExposeOutboxAndHttpServerMeters() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("assistant_outbox_backlog"))
                .body(containsString("assistant_outbox_published_total"));
    }

    @Test
    void openApiDescribesTheMemoryApi() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/api/chat/memories"));
    }
}
