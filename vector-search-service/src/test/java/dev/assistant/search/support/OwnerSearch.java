package dev.assistant.search.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.assistant.kit.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One user's searches through the HTTP API, as the tests of event-derived documents need them. */
public final class OwnerSearch {

    private final String owner;

    public OwnerSearch(String owner) {
        this.owner = owner;
    }

    /** The hits of a keyword search: only documents that contain the words. */
    public List<Map<String, Object>> keyword(String words) {
        return given().header("Authorization", TestTokens.bearer(owner))
                .queryParam("q", words)
                .queryParam("mode", "keyword")
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits");
    }

    /** Waits until a keyword search finds exactly that source's document (and no other). */
    public void awaitFound(Duration within, String word, String source, String sourceRef) {
        await().atMost(within)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(
                        () ->
                                assertThat(keyword(word))
                                        .singleElement()
                                        .satisfies(
                                                hit -> {
                                                    assertThat(hit).containsEntry("source", source);
                                                    assertThat(hit)
                                                            .containsEntry("sourceRef", sourceRef);
                                                }));
    }

    /** Waits until a keyword search finds nothing for the word. */
    public void awaitGone(Duration within, String word) {
        await().atMost(within)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(keyword(word)).isEmpty());
    }
}
