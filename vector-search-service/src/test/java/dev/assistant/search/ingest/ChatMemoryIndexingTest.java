package dev.assistant.search.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MemoryDeleted;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.kit.testing.TestEventProducer;
import dev.assistant.kit.testing.TestTokens;
import dev.assistant.kit.testing.TopicReader;
import dev.assistant.search.support.SearchRows;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** chat events through the real Kafka into pgvector, and out through the search API. */
@QuarkusTest
class ChatMemoryIndexingTest {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

    @Inject Pool pool;

    @Inject InMemorySpanExporter spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.chat-events.dead-letter-queue.topic")
    String deadLetterTopic;

    private TestEventProducer events;

    @BeforeEach
    void connect() {
        events = TestEventProducer.forIncomingChannel("chat-events");
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void savedMemoryBecomesSearchableForItsOwnerOnly() {
        String owner = "owner-" + UUID.randomUUID();
        String stranger = "stranger-" + UUID.randomUUID();
        String memoryId = UUID.randomUUID().toString();
        events.send(
                ChatEvents.MEMORY_SAVED,
                memory(
                        owner,
                        memoryId,
                        "Espresso recipe",
                        "Grind 18 grams of coffee fine and extract for 28 seconds at 9 bar."));

        await().atMost(INDEXED_WITHIN)
                .untilAsserted(
                        () ->
                                given().header("Authorization", TestTokens.bearer(owner))
                                        .queryParam("q", "how do I make coffee")
                                        .get("/api/search")
                                        .then()
                                        .statusCode(200)
                                        .body("hits[0].sourceRef", equalTo(memoryId))
                                        .body("hits[0].source", equalTo("chat.memory"))
                                        .body("hits[0].title", equalTo("Espresso recipe")));

        given().header("Authorization", TestTokens.bearer(stranger))
                .queryParam("q", "how do I make coffee")
                .queryParam("minScore", -1)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits.size()", equalTo(0));
    }

    @Test
    void anEventsIndexingContinuesTheTraceItWasPublishedIn() {
        String traceId = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 16);
        String producerSpan = "00f067aa0ba902b7";
        String owner = "owner-" + UUID.randomUUID();
        String memoryId = UUID.randomUUID().toString();
        events.sendTraced(
                "00-" + traceId + "-" + producerSpan + "-01",
                ChatEvents.MEMORY_SAVED,
                memory(owner, memoryId, "Traced", "Indexed as part of the writer's trace."));
        // The consumer's span is a child of the producer's, and the indexing's database work
        // belongs to the same trace.
        await().atMost(INDEXED_WITHIN)
                .untilAsserted(
                        () -> {
                            List<SpanData> trace =
                                    spans.getFinishedSpanItems().stream()
                                            .filter(s -> s.getTraceId().equals(traceId))
                                            .toList();
                            assertThat(trace)
                                    .anySatisfy(
                                            s -> {
                                                assertThat(s.getKind())
                                                        .isEqualTo(SpanKind.CONSUMER);
                                                assertThat(s.getParentSpanId())
                                                        .isEqualTo(producerSpan);
                                            });
                            assertThat(trace)
                                    .extracting(SpanData::getKind)
                                    .contains(SpanKind.CLIENT);
                        });
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        String owner = "owner-" + UUID.randomUUID();
        String memoryId = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        MemorySaved data = memory(owner, memoryId, "Bike", "Tyres at 4 bar.");
        events.send(eventId, ChatEvents.MEMORY_SAVED, data);
        events.send(eventId, ChatEvents.MEMORY_SAVED, data);
        String marker = UUID.randomUUID().toString();
        // A later event on the same key proves both copies before it were consumed.
        events.send(ChatEvents.MEMORY_SAVED, memory(owner, marker, "marker", "marker"));
        await().atMost(INDEXED_WITHIN)
                .until(
                        () ->
                                count(
                                                "SELECT count(*) FROM documents WHERE source_ref = $1",
                                                marker)
                                        == 1);

        assertThat(count("SELECT count(*) FROM processed_events WHERE event_id = $1", eventId))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM documents WHERE source_ref = $1", memoryId))
                .isEqualTo(1);
        assertThat(
                        count(
                                "SELECT count(*) FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.source_ref = $1",
                                memoryId))
                .isEqualTo(1);
    }

    @Test
    void deletedMemoryLeavesSearch() {
        String owner = "owner-" + UUID.randomUUID();
        String memoryId = UUID.randomUUID().toString();
        events.send(
                ChatEvents.MEMORY_SAVED,
                memory(owner, memoryId, "Plant care", "Water the fern every Sunday."));
        await().atMost(INDEXED_WITHIN)
                .until(
                        () ->
                                count(
                                                "SELECT count(*) FROM documents WHERE source_ref = $1",
                                                memoryId)
                                        == 1);

        events.send(ChatEvents.MEMORY_DELETED, new MemoryDeleted(UUID.fromString(memoryId), owner));
        await().atMost(INDEXED_WITHIN)
                .until(
                        () ->
                                count(
                                                "SELECT count(*) FROM documents WHERE source_ref = $1",
                                                memoryId)
                                        == 0);
        assertThat(count("SELECT count(*) FROM chunks c WHERE c.owner_id = $1", owner)).isZero();
        given().header("Authorization", TestTokens.bearer(owner))
                .queryParam("q", "fern")
                .queryParam("minScore", -1)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits.size()", equalTo(0));
    }

    @Test
    void poisonEventIsDeadLetteredAndTheConsumerKeepsGoing() {
        String key = "poison-" + UUID.randomUUID();
        long since = System.currentTimeMillis();
        events.sendPoison(key);
        String owner = "owner-" + UUID.randomUUID();
        String memoryId = UUID.randomUUID().toString();
        events.send(
                ChatEvents.MEMORY_SAVED, memory(owner, memoryId, "After poison", "Still indexed."));

        await().atMost(INDEXED_WITHIN)
                .until(
                        () ->
                                count(
                                                "SELECT count(*) FROM documents WHERE source_ref = $1",
                                                memoryId)
                                        == 1);
        assertThat(
                        new TopicReader(bootstrap, deadLetterTopic)
                                .published(r -> key.equals(r.key()), 1, since))
                .hasSize(1);
    }

    private long count(String sql, Object parameter) {
        return new SearchRows(pool).count(sql, parameter);
    }

    private static MemorySaved memory(String owner, String memoryId, String title, String content) {
        Instant now = Instant.now();
        return new MemorySaved(
                UUID.fromString(memoryId), owner, title, content, 6, List.of(), now, now);
    }
}
