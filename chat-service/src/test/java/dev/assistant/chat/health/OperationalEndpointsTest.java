package dev.assistant.chat.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationalEndpointsTest {

    @Test
    void readinessReportsDatabaseKafkaAndSchemaVersion() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("schema"))
                .body("checks.find { it.name == 'schema' }.data.required", equalTo("7"))
                .body("checks.find { it.name == 'schema' }.data.applied", equalTo("7"));
    }

    @Test
    void metricsExposeOutboxAndHttpServerMeters() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("assistant_outbox_backlog"))
                .body(containsString("assistant_outbox_published_total"));
    }

    @Test
    void openApiDescribesTheMemoryApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/chat/memories"));
    }
}
