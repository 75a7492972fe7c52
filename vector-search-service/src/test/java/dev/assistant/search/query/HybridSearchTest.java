package dev.assistant.search.query;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.assistant.search.support.SearchApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/search in each mode, with filters, snippets, score parts and keyset paging. */
@QuarkusTest
class HybridSearchTest {

    @Test
    void eachModeFindsWhatItShouldAndSaysWhy() {
        SearchApi user = SearchApi.newUser();
        String espresso =
                user.uploadIndexed(
                        "espresso.md",
                        "# Espresso\n\nGrind eighteen grams of coffee fine; extract at nine bar.");
        String tea =
                user.uploadIndexed(
                        "tea.md", "# Green tea\n\nSteep sencha leaves at 70 degrees for a minute.");

        // Keyword: the word itself, highlighted.
        user.request()
                .queryParam("q", "sencha")
                .queryParam("mode", "keyword")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("mode", equalTo("keyword"))
                .body("hits.documentId", equalTo(List.of(tea)))
                .body("hits[0].snippet", containsString("<mark>sencha</mark>"))
                .body("hits[0].scores.keywordRank", equalTo(1))
                .body("hits[0].scores.semantic", nullValue());
        // Semantic: the meaning, without the words.
        user.request()
                .queryParam("q", "how do I make a strong coffee drink")
                .queryParam("mode", "semantic")
                .get("/api/search")
                .then()
                .body("hits[0].documentId", equalTo(espresso))
                .body("hits[0].scores.semanticRank", equalTo(1));
        // Hybrid (the default): both lists fused, each part shown.
        user.request()
                .queryParam("q", "sencha temperature")
                .get("/api/search")
                .then()
                .body("mode", equalTo("hybrid"))
                .body("hits[0].documentId", equalTo(tea))
                .body("hits[0].scores.semanticRank", notNullValue())
                .body("hits[0].scores.keywordRank", equalTo(1))
                .body("hits[0].sectionPath", equalTo(List.of("Green tea")));
    }

    /**
     * Without a filter the nearest vectors are found before the join, with one the join comes first
     * (SearchRepository.nearest): a filter that every document passes gives the same hits, in the
     * same order, with the same scores.
     */
    @Test
    void semanticSearchGivesTheSameHitsWithAndWithoutAFilterThatKeepsEverything() {
        SearchApi user = SearchApi.newUser();
        String[] drinks = {
            "Espresso: grind eighteen grams of coffee fine; extract at nine bar.",
            "Green tea: steep sencha leaves at 70 degrees for a minute.",
            "Cold brew: coarse coffee in cold water overnight, then filtered.",
            "Hot chocolate: warm milk, cocoa and a little sugar, whisked.",
            "Chai: black tea simmered with milk, ginger, cardamom and cinnamon."
        };
        for (int i = 0; i < drinks.length; i++) {
            user.uploadIndexed("drink" + i + ".txt", drinks[i]);
        }
        String q = "a strong coffee drink";

        List<Object> unfiltered = semanticHits(user.request().queryParam("q", q));
        List<Object> filtered =
                semanticHits(
                        user.request()
                                .queryParam("q", q)
                                .queryParam("from", OffsetDateTime.now().minusYears(1).toString()));

        assertThat(unfiltered).hasSize(drinks.length);
        assertThat(filtered).isEqualTo(unfiltered);
    }

    private static List<Object> semanticHits(
            io.restassured.specification.RequestSpecification request) {
        return request.queryParam("mode", "semantic")
                .queryParam("minScore", -1)
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .path("hits.collect { [it.documentId, it.chunkId, it.score] }");
    }

    @Test
    void keywordRanksByBm25RareWordsAboveRepeatedCommonOnes() {
        SearchApi user = SearchApi.newUser();
        // "engine" is in every document, "turbine" in one: BM25 weighs a word by its rarity among
        // the user's chunks and saturates repetition, so one rare word outweighs four common ones.
        String repeated =
                user.uploadIndexed(
                        "repeated.txt",
                        "Engine notes: the engine, the engine and the engine again.");
        String rare = user.uploadIndexed("rare.txt", "The turbine of the engine was inspected.");
        for (int i = 0; i < 4; i++) {
            user.uploadIndexed("filler" + i + ".txt", "Engine log entry " + i + ", nothing else.");
        }

        user.request()
                .queryParam("q", "engine turbine")
                .queryParam("mode", "keyword")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits[0].documentId", equalTo(rare))
                .body("hits.documentId", hasItem(repeated))
                .body("hits.size()", equalTo(6));
        // Strict syntax keeps its meaning: a quoted phrase must appear as written.
        user.request()
                .queryParam("q", "\"engine notes\"")
                .queryParam("mode", "keyword")
                .get("/api/search")
                .then()
                .body("hits.documentId", equalTo(List.of(repeated)));
    }

    @Test
    void neighbouringChunksComeOnRequest() {
        SearchApi user = SearchApi.newUser();
        String guide =
                user.uploadIndexed(
                        "guide.md",
                        "# Field guide\n\nApples grow in orchards.\n\n## Stripes\n\n"
                                + "Zebras graze on the savanna.\n\n## Kites\n\nKites ride the wind.");

        var hit =
                user.request()
                        .queryParam("q", "zebras")
                        .queryParam("mode", "keyword")
                        .queryParam("context", 1)
                        .get("/api/search")
                        .then()
                        .statusCode(200)
                        .body("hits.documentId", equalTo(List.of(guide)))
                        .extract()
                        .jsonPath();
        int position = hit.getInt("hits[0].position");
        assertThat(hit.getList("hits[0].neighbours.position", Integer.class))
                .containsExactly(position - 1, position + 1);
        assertThat(hit.getString("hits[0].neighbours[0].content")).contains("Stripes");
        assertThat(hit.getString("hits[0].neighbours[1].content")).contains("Kites");
        long chunkId = hit.getLong("hits[0].chunkId");
        assertThat(hit.getList("hits[0].neighbours.chunkId", Long.class)).doesNotContain(chunkId);

        // Not asked for: none; more than 3 on each side: a 400 naming the field.
        user.request()
                .queryParam("q", "zebras")
                .queryParam("mode", "keyword")
                .get("/api/search")
                .then()
                .body("hits[0].neighbours", equalTo(List.of()));
        user.request()
                .queryParam("q", "zebras")
                .queryParam("context", 4)
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("context"));
    }

    @Test
    void filtersBySourceDocumentTagsAndDate() {
        SearchApi user = SearchApi.newUser();
        String tagged =
                user.uploadIndexed("wing.txt", "Wing flutter appears at high dynamic pressure.");
        String other =
                user.upload(
                        "wing2.txt",
                        "Wing flutter tests in the wind tunnel.".getBytes(),
                        "aero,tests");
        user.awaitIndexed(other);

        user.request()
                .queryParam("q", "wing flutter")
                .queryParam("tag", "aero")
                .queryParam("tag", "tests")
                .get("/api/search")
                .then()
                .body("hits.documentId", equalTo(List.of(other)));
        user.request()
                .queryParam("q", "wing flutter")
                .queryParam("documentId", tagged)
                .get("/api/search")
                .then()
                .body("hits.documentId", equalTo(List.of(tagged)));
        user.request()
                .queryParam("q", "wing flutter")
                .queryParam("source", "chat.memory")
                .get("/api/search")
                .then()
                .body("hits.size()", equalTo(0));
        user.request()
                .queryParam("q", "wing flutter")
                .queryParam("source", "upload")
                .queryParam("from", OffsetDateTime.now().minusHours(1).toString())
                .queryParam("to", OffsetDateTime.now().plusHours(1).toString())
                .get("/api/search")
                .then()
                .body("hits.size()", equalTo(2))
                .body("hits.source", everyItem(equalTo("upload")));
        user.request()
                .queryParam("q", "wing flutter")
                .queryParam("to", OffsetDateTime.now().minusHours(1).toString())
                .get("/api/search")
                .then()
                .body("hits.size()", equalTo(0));
        user.request()
                .queryParam("q", "wing")
                .queryParam("from", "yesterday")
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        user.request()
                .queryParam("q", "wing")
                .queryParam("mode", "fuzzy")
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("mode"));
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeats() {
        SearchApi user = SearchApi.newUser();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(user.upload("n" + i + ".txt", "Note " + i + " about rotor blade icing."));
        }
        ids.forEach(user::awaitIndexed);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request =
                    user.request()
                            .queryParam("q", "rotor blade icing")
                            .queryParam("limit", 3)
                            .queryParam("minScore", -1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/search").then().statusCode(200).extract();
            seen.addAll(page.<List<String>>path("hits.documentId"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(seen)
                .hasSize(7)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids);
        user.request()
                .queryParam("q", "x")
                .queryParam("cursor", "not-a-cursor")
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("cursor"));
    }
}
