package dev.assistant.chat.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.kit.testing.TestTokens;
import dev.assistant.kit.testing.TopicReader;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static dev.assistant.kit.testing.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox against the real PostgreSQL and Kafka: one row per change, published in order. */
@QuarkusTest
class OutboxTest {

    @Inject Pool pool;

    @Inject InMemorySpanExporter spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.outgoing.outbox.topic")
    String topic;

    @Test
    void eachChangeWritesOneOutboxRowInItsTransaction() {
        String user = "outbox-" + UUID.randomUUID();
        String id = createMemory(user);
        given().header("Authorization", TestTokens.bearer(user))
                .delete("/api/chat/memories/" + id)
                .then()
                .statusCode(204);

        List<Row> rows = outboxRows(id);
        assertThat(rows)
                .extracting(r -> r.getString("event_type"))
                .containsExactly(ChatEvents.MEMORY_SAVED.name(), ChatEvents.MEMORY_DELETED.name());
        assertThat(rows).allSatisfy(r -> assertThat(r.getString("owner_id")).isEqualTo(user));
        assertThat(rows.getFirst().getJsonObject("payload").getString("title"))
                .isEqualTo("outbox test");
    }

    @Test
    void anEventsTimeIsWhenItWasWrittenNotWhenItsTransactionBegan() {
        // Consumers order a resource's versions by this time: a writer that waited 200 ms for
        // another's row lock must carry the later time, though its transaction began first. Rolled
        // back, so the relay never sees the row.
        String sql =
                """
                WITH waited AS (SELECT pg_sleep(0.2))
                INSERT INTO outbox (event_id, event_type, aggregate_type, aggregate_id, owner_id, payload)
                SELECT gen_random_uuid(), 'test.event-time', 'test', 'event-time', 'nobody', '{}' FROM waited
                RETURNING extract(epoch FROM occurred_at - now()) * 1000 AS ms_after_start""";
        double msAfterStart =
                pool.getConnection()
                        .flatMap(
                                conn ->
                                        conn.begin()
                                                .flatMap(
                                                        tx ->
                                                                conn.query(sql)
                                                                        .execute()
                                                                        .call(tx::rollback))
                                                .eventually(conn::close))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getDouble("ms_after_start");
        assertThat(msAfterStart).isGreaterThanOrEqualTo(200.0);
    }

    @Test
    void aRequestsTraceContinuesThroughTheOutboxIntoTheKafkaRecord() {
        long since = System.currentTimeMillis() - 2_000;
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String clientSpan = HexFormat.of().formatHex(randomBytes(8));
        String user = "outbox-" + UUID.randomUUID();
        String id =
                given().header("Authorization", TestTokens.bearer(user))
                        .header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "traced", "content", "followed through Kafka"))
                        .post("/api/chat/memories")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        // The row keeps the request's trace (its server span, a child of the client's).
        assertThat(outboxRows(id).getFirst().getString("trace_parent"))
                .as(
                        "spans: "
                                + spans.getFinishedSpanItems().stream()
                                        .map(
                                                x ->
                                                        x.getName()
                                                                + "/"
                                                                + x.getKind()
                                                                + "/"
                                                                + x.getTraceId()
                                                                + "/"
                                                                + x.getParentSpanId())
                                        .toList())
                .startsWith("00-" + traceId + "-")
                .doesNotContain(clientSpan);
        // The published record continues it: the relay's producer span, in the same trace.
        ConsumerRecord<String, String> record = consumeRecordsWithKey(id, 1, since).getFirst();
        assertThat(header(record, "traceparent")).startsWith("00-" + traceId + "-");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertThat(spans.getFinishedSpanItems())
                                        .filteredOn(s -> s.getTraceId().equals(traceId))
                                        .extracting(SpanData::getKind)
                                        .contains(SpanKind.SERVER, SpanKind.PRODUCER));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @Test
    void rejectedRequestWritesNoOutboxRow() {
        String user = "outbox-" + UUID.randomUUID();
        given().header("Authorization", TestTokens.bearer(user))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "", "content", "x"))
                .post("/api/chat/memories")
                .then()
                .statusCode(400);
        long count =
                pool.preparedQuery("SELECT count(*) FROM outbox WHERE owner_id = $1")
                        .execute(Tuple.of(user))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0);
        assertThat(count).isZero();
    }

    @Test
    void relayPublishesCloudEventsKeyedByAggregateAndStampsThem() {
        long since = System.currentTimeMillis() - 2_000;
        String user = "outbox-" + UUID.randomUUID();
        String id = createMemory(user);
        given().header("Authorization", TestTokens.bearer(user))
                .delete("/api/chat/memories/" + id)
                .then()
                .statusCode(204);
        List<Row> rows = outboxRows(id);

        List<ConsumerRecord<String, String>> records = consumeRecordsWithKey(id, 2, since);
        assertThat(records)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(ChatEvents.MEMORY_SAVED.name(), ChatEvents.MEMORY_DELETED.name());
        assertThat(records)
                .extracting(r -> header(r, "ce_id"))
                .containsExactly(
                        rows.get(0).getUUID("event_id").toString(),
                        rows.get(1).getUUID("event_id").toString());
        assertThat(records.getFirst())
                .satisfies(
                        r -> {
                            assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
                            assertThat(header(r, "ce_source")).isEqualTo(ChatEvents.SOURCE);
                            assertThat(header(r, "ce_subject")).isEqualTo("memory/" + id);
                            assertThat(r.value())
                                    .contains("\"memoryId\":\"" + id + "\"")
                                    .contains("\"ownerId\":\"" + user + "\"");
                        });
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                outboxRows(id).stream()
                                        .allMatch(
                                                r -> r.getOffsetDateTime("published_at") != null));
    }

    @Test
    void liveEventsOvertakeABulkBacklogOfOtherAggregates() {
        // An import has just queued 20,000 events.
        pool.query(
                        """
                INSERT INTO outbox (event_id, event_type, aggregate_type, aggregate_id, owner_id, payload, lane)
                SELECT gen_random_uuid(), 'dev.assistant.chat.message.posted.v1', 'conversation', 'bulk-' || (g % 500), 'importer',
                       jsonb_build_object('n', g), 'bulk'
                FROM generate_series(1, 20000) g""")
                .execute()
                .await()
                .indefinitely();
        String user = "outbox-" + UUID.randomUUID();
        String id = createMemory(user);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> outboxRows(id).getFirst().getOffsetDateTime("published_at") != null);
        long bulkStillWaiting =
                pool.query(
                                "SELECT count(*) FROM outbox WHERE lane = 'bulk' AND published_at IS NULL")
                        .execute()
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0);
        assertThat(bulkStillWaiting)
                .as("the live event did not wait for the whole backlog")
                .isPositive();
        await().atMost(Duration.ofSeconds(120))
                .until(
                        () ->
                                pool.query("SELECT count(*) FROM outbox WHERE published_at IS NULL")
                                                .execute()
                                                .await()
                                                .indefinitely()
                                                .iterator()
                                                .next()
                                                .getLong(0)
                                        == 0);
    }

    private String createMemory(String user) {
        return given().header("Authorization", TestTokens.bearer(user))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "outbox test", "content", "written with its event"))
                .post("/api/chat/memories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private List<Row> outboxRows(String aggregateId) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM outbox WHERE aggregate_id = $1 ORDER BY id")
                .execute(Tuple.of(aggregateId))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }

    private List<ConsumerRecord<String, String>> consumeRecordsWithKey(
            String key, int expected, long sinceMillis) {
        return new TopicReader(bootstrap, topic)
                .published(r -> key.equals(r.key()), expected, sinceMillis);
    }
}
