package dev.assistant.search.model;

import java.util.List;

import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

@QuarkusTest
class ModelAdminApiTest {

    private static final String PATH = "/api/search/admin/embedding";

    @Test
    void onlyAdminsSeeTheEmbeddingModels() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("not-an-admin"))
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void showsTheStateAndProgressOfTheModels() {
        given().header("Authorization", TestTokens.adminBearer("search-admin"))
                .get(PATH)
                .then()
                .statusCode(200)
                .body("configuredModel", equalTo("all-minilm-l6-v2-q"))
                .body("state", oneOf("steady", "switching", "retiring"))
                .body("targetModel", containsString("/langchain4j-"))
                .body("total", greaterThanOrEqualTo(0))
                .body("done", greaterThanOrEqualTo(0))
                .body("ratePerSecond", greaterThanOrEqualTo(0f))
                .body("models.state", hasItem("active"))
                .body(
                        "models.findAll { it.state == 'active' }.model",
                        equalTo(List.of("all-minilm-l6-v2-q/langchain4j-1.20.0-beta30")));
    }

    @Test
    void progressIsExportedAsMetrics() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String gauge :
                List.of(
                        "assistant_embedding_switch_in_progress",
                        "assistant_embedding_switch_chunks_done",
                        "assistant_embedding_switch_chunks_total",
                        "assistant_embedding_switch_rate",
                        "assistant_embedding_switch_eta_seconds")) {
            org.assertj.core.api.Assertions.assertThat(metrics).contains(gauge);
        }
    }
}
