package dev.assistant.search.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.assistant.kit.testing.TestTokens;
import dev.assistant.search.embedding.BgeSmallEmbedder;
import dev.assistant.search.embedding.Embedder;
import dev.assistant.search.embedding.MiniLmEmbedder;
import dev.assistant.search.support.SearchApi;
import dev.assistant.search.support.SearchRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The model switch under live queries, through the real background path: documents indexed with
 * MiniLM; the target set to bge (what start-up does with a changed assistant.embedding.model); the
 * re-embedder builds bge's vectors while four threads query and more documents arrive; queries
 * switch to bge in one step, and MiniLM's vectors are deleted. No query fails, and none comes back
 * empty or without its document where MiniLM had answered it. Then back to MiniLM, the same way,
 * which leaves the database as the test configuration expects.
 *
 * <p>The switch covers every chunk in the database, so the test first empties the shared test
 * database's documents (other test classes create their own data and never rely on leftovers).
 */
@QuarkusTest
class ModelSwitchTest {

    private static final Map<String, String> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(
                "Volcanoes erupt when magma rises through the crust; lava flows and ash clouds follow.",
                "what happens when magma reaches the surface of a volcano");
        TOPICS.put(
                "A violin has four strings tuned in fifths and is played with a horsehair bow.",
                "how is the violin played and tuned");
        TOPICS.put(
                "Sourdough bread rises with wild yeast and lactic bacteria kept alive in a starter.",
                "baking bread with a natural starter");
        TOPICS.put(
                "Honey bees communicate the direction of flowers to the hive with a waggle dance.",
                "how do bees tell each other where food is");
        TOPICS.put(
                "The offside rule in football forbids waiting behind the last defender for a pass.",
                "football rule about attackers behind the defence");
        TOPICS.put(
                "Compound interest adds earned interest to the principal, so savings grow faster.",
                "why savings grow faster when interest is reinvested");
        TOPICS.put(
                "Glaciers carve U-shaped valleys as the ice slowly moves downhill over the rock.",
                "how moving ice shapes mountain valleys");
        TOPICS.put(
                "Vaccines train the immune system with a harmless antigen to recognise a pathogen.",
                "how immunisation teaches the body to fight disease");
        TOPICS.put(
                "A chess opening such as the Sicilian Defence answers the king's pawn with c5.",
                "a popular defence against e4 in chess");
        TOPICS.put(
                "Photosynthesis turns sunlight, water and carbon dioxide into sugar and oxygen.",
                "how plants make food from light");
    }

    private static final int DOCUMENTS_PER_TOPIC = 4;

    @Inject Pool pool;

    @Inject ModelSwitchService switches;

    @Inject ReEmbedder reEmbedder;

    @Inject MiniLmEmbedder miniLm;

    @Inject BgeSmallEmbedder bge;

    @Test
    void switchesModelsUnderLiveQueriesWithoutAGap() throws Exception {
        run("DELETE FROM documents");
        switchTo(miniLm);

        SearchApi user = SearchApi.newUser();
        Map<String, List<String>> documentsByQuery = index(user, 0);
        Map<String, Set<String>> answeredByMiniLm = new LinkedHashMap<>();
        for (String query : documentsByQuery.keySet()) {
            assertThat(hits(user, query).documents())
                    .as("MiniLM answers %s", query)
                    .containsAll(documentsByQuery.get(query));
            answeredByMiniLm.put(query, Set.copyOf(documentsByQuery.get(query)));
        }

        // Every query must keep finding the documents MiniLM found, whatever the model of the
        // moment.
        LiveQueries queries = new LiveQueries(user, answeredByMiniLm);
        ExecutorService secondReplica = Executors.newSingleThreadExecutor();
        queries.start();
        try {
            switches.target(bge).await().indefinitely();
            // A second re-embedder, as a second replica runs one: both claim ranges of the switch.
            secondReplica.submit(
                    () -> {
                        while (!bge.version().equals(status().path("activeModel"))) {
                            reEmbedder.runOnce();
                        }
                    });
            Response started = status();
            assertThat(started.<String>path("state")).isEqualTo("switching");
            assertThat(started.<String>path("activeModel")).isEqualTo(miniLm.version());
            assertThat(started.<String>path("targetModel")).isEqualTo(bge.version());
            // Documents arriving during the switch get vectors of both models.
            Map<String, List<String>> arrivedDuringSwitch = index(user, DOCUMENTS_PER_TOPIC);
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(
                            () -> {
                                Response status = status();
                                assertThat(status.<Integer>path("done"))
                                        .isLessThanOrEqualTo(status.<Integer>path("total"));
                                return bge.version().equals(status.path("activeModel"));
                            });
            arrivedDuringSwitch.forEach((query, ids) -> documentsByQuery.get(query).addAll(ids));
            // Queries go on a while on the new model.
            queries.runAtLeast(40);
        } finally {
            queries.stop();
            secondReplica.shutdown();
            assertThat(secondReplica.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(queries.failures()).isEmpty();
        assertThat(queries.models()).containsExactlyInAnyOrder(miniLm.version(), bge.version());
        // No query read bge's vectors before the switch: its first answer came after the flip.
        assertThat(queries.firstAnswerBy(bge.version())).isAfter(activatedAt(bge));

        awaitRetired(miniLm);
        SearchRows rows = new SearchRows(pool);
        long chunks = rows.count("SELECT count(*) FROM chunks WHERE owner_id <> $1", "");
        assertThat(chunks).isGreaterThan(TOPICS.size() * DOCUMENTS_PER_TOPIC * 2L);
        assertThat(rows.count("SELECT count(*) FROM chunk_vectors WHERE model = $1", bge.version()))
                .isEqualTo(chunks);
        assertThat(
                        rows.count(
                                "SELECT count(*) FROM chunk_vectors WHERE model <> $1",
                                bge.version()))
                .isZero();
        for (var query : documentsByQuery.entrySet()) {
            assertThat(hits(user, query.getKey()).documents())
                    .as("bge answers %s", query.getKey())
                    .containsAll(query.getValue());
        }
        Response done = status();
        assertThat(done.<String>path("state")).isEqualTo("steady");
        assertThat(done.<Integer>path("done")).isEqualTo(done.<Integer>path("total"));

        // And back: the test configuration's model, the same way.
        switchTo(miniLm);
        assertThat(hits(user, documentsByQuery.keySet().iterator().next()).model())
                .isEqualTo(miniLm.version());
    }

    /** Targets the model and waits until it is active and every other model's vectors are gone. */
    private void switchTo(Embedder embedder) {
        switches.target(embedder).await().indefinitely();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> embedder.version().equals(status().path("activeModel")));
        for (Embedder other : List.of(miniLm, bge)) {
            if (other != embedder) {
                awaitRetired(other);
            }
        }
    }

    private void awaitRetired(Embedder embedder) {
        SearchRows rows = new SearchRows(pool);
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () ->
                                rows.count(
                                                "SELECT count(*) FROM embedding_models"
                                                        + " WHERE model = $1 AND state NOT IN ('retired')",
                                                embedder.version())
                                        == 0);
    }

    /**
     * Uploads DOCUMENTS_PER_TOPIC documents per topic; the query each should answer to their ids.
     */
    private Map<String, List<String>> index(SearchApi user, int first) {
        Map<String, List<String>> byQuery = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        int topic = 0;
        for (var entry : TOPICS.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (int i = first; i < first + DOCUMENTS_PER_TOPIC; i++) {
                ids.add(user.upload("t" + topic + "-" + i + ".md", document(entry.getKey(), i)));
            }
            byQuery.put(entry.getValue(), ids);
            all.addAll(ids);
            topic++;
        }
        all.forEach(user::awaitIndexed);
        return byQuery;
    }

    /** A Markdown document on one topic: a heading and paragraphs enough for a few chunks. */
    private static String document(String fact, int variant) {
        StringBuilder text = new StringBuilder("# Notes " + variant + "\n\n");
        for (int p = 0; p < 6; p++) {
            text.append("Observation ")
                    .append(variant)
                    .append('.')
                    .append(p)
                    .append(": ")
                    .append(fact)
                    .append(' ')
                    .append(fact)
                    .append("\n\n");
        }
        return text.toString();
    }

    private record Hits(String model, Set<String> documents) {}

    private static Hits hits(SearchApi user, String query) {
        Response response =
                user.request()
                        .queryParam("q", query)
                        .queryParam("mode", "semantic")
                        .queryParam("limit", 20)
                        .get("/api/search");
        assertThat(response.statusCode()).isEqualTo(200);
        return new Hits(
                response.path("modelVersion"),
                new HashSet<>(response.<List<String>>path("hits.documentId")));
    }

    private static Response status() {
        return given().header("Authorization", TestTokens.adminBearer("switch-admin"))
                .get("/api/search/admin/embedding")
                .then()
                .statusCode(200)
                .extract()
                .response();
    }

    private Instant activatedAt(Embedder embedder) {
        return pool.preparedQuery("SELECT activated_at FROM embedding_models WHERE model = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(embedder.version()))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getOffsetDateTime(0)
                .toInstant();
    }

    private void run(String sql) {
        pool.query(sql).execute().await().indefinitely();
    }

    /** Threads that query without pause, each query checked against the documents it must find. */
    private static final class LiveQueries {

        private final SearchApi user;
        private final Map<String, Set<String>> mustFind;
        private final ExecutorService threads = Executors.newFixedThreadPool(4);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger completed = new AtomicInteger();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> models = Collections.synchronizedSet(new HashSet<>());
        private final Map<String, Instant> firstAnswers =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Future<?>> futures = new ArrayList<>();

        LiveQueries(SearchApi user, Map<String, Set<String>> mustFind) {
            this.user = user;
            this.mustFind = Map.copyOf(mustFind);
        }

        void start() {
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(threads.submit(() -> loop(offset)));
            }
        }

        private void loop(int offset) {
            List<String> queries = new ArrayList<>(mustFind.keySet());
            for (int i = offset; running.get(); i++) {
                String query = queries.get(i % queries.size());
                try {
                    Hits hits = hits(user, query);
                    models.add(hits.model());
                    firstAnswers.putIfAbsent(hits.model(), Instant.now());
                    if (hits.documents().isEmpty()
                            || !hits.documents().containsAll(mustFind.get(query))) {
                        failures.add(query + " with " + hits.model() + ": " + hits.documents());
                    }
                } catch (RuntimeException | AssertionError e) {
                    failures.add(query + ": " + e);
                }
                completed.incrementAndGet();
            }
        }

        void runAtLeast(int more) {
            int target = completed.get() + more;
            await().atMost(Duration.ofMinutes(1)).until(() -> completed.get() >= target);
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> f : futures) {
                f.get(1, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }

        List<String> failures() {
            return failures;
        }

        Set<String> models() {
            return models;
        }

        /** When the first answer by {@code model} arrived (its query may have started earlier). */
        Instant firstAnswerBy(String model) {
            return firstAnswers.get(model);
        }
    }
}
