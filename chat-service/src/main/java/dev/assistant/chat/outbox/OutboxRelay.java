package dev.assistant.chat.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and stamps them published.
 *
 * <p>Ordering: one relay at a time holds a transaction-scoped advisory lock (so replicas never
 * interleave), reads a batch in id order, sends it in that order on an idempotent producer keyed by
 * aggregate id, and marks the batch published only after every send is acknowledged. A crash or a
 * Kafka outage between send and stamp means the batch is sent again: delivery is at least once, and
 * consumers de-duplicate on the CloudEvents id. While Kafka is down, events wait in the table and
 * the relay backs off exponentially; nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works; it only has to be the same in every replica of this service. */
    private static final long RELAY_LOCK_KEY = 0x636861745f6f7574L; // "chat_out"

    /**
     * Live events first (up to a batch), then bulk ones (imports; up to a batch), published together
     * in id order. A live event waits only for earlier bulk events of its own aggregate, which keeps
     * per-aggregate order while the rest of a large backlog drains behind live traffic.
     */
    private static final String SELECT_BATCH = """
            SELECT * FROM (
                (SELECT id, event_id, event_type, aggregate_type, aggregate_id, owner_id, payload, occurred_at
                 FROM outbox o WHERE published_at IS NULL AND lane = 'live'
                   AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.published_at IS NULL AND b.lane = 'bulk'
                                   AND b.aggregate_id = o.aggregate_id AND b.id < o.id)
                 ORDER BY id LIMIT $1)
                UNION ALL
                (SELECT id, event_id, event_type, aggregate_type, aggregate_id, owner_id, payload, occurred_at
                 FROM outbox WHERE published_at IS NULL AND lane = 'bulk' ORDER BY id LIMIT $1)
            ) batch ORDER BY id""";
    private static final String MARK_PUBLISHED = "UPDATE outbox SET published_at = now() WHERE id = ANY($1)";
    private static final String DELETE_EXPIRED = """
            DELETE FROM outbox WHERE id IN (
              SELECT id FROM outbox WHERE published_at < now() - make_interval(secs => $1) ORDER BY id LIMIT 1000)""";

    @Inject
    Pool pool;

    @Inject
    @Channel("chat-events")
    MutinyEmitter<String> emitter;

    @Inject
    Vertx vertx;

    @Inject
    OutboxRelayConfig config;

    @Inject
    MeterRegistry registry;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean rerunRequested = new AtomicBoolean();
    private volatile long retryNotBefore;
    private volatile int consecutiveFailures;
    private volatile long lastCleanup;
    private Counter published;
    private Counter failures;
    private long timerId = -1;

    void start(@Observes StartupEvent event) {
        published = registry.counter("assistant.outbox.published");
        failures = registry.counter("assistant.outbox.publish.failures");
        timerId = vertx.setPeriodic(config.pollInterval().toMillis(), id -> runOnce());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /** Asks for a relay pass now (after a commit), instead of at the next poll. */
    public void nudge() {
        vertx.runOnContext(v -> runOnce());
    }

    private void runOnce() {
        if (System.currentTimeMillis() < retryNotBefore) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            rerunRequested.set(true);
            return;
        }
        relayBatch()
                .call(this::deleteExpiredOccasionally)
                .subscribe().with(this::afterSuccess, this::afterFailure);
    }

    private void afterSuccess(int count) {
        consecutiveFailures = 0;
        running.set(false);
        // A full batch means more may be waiting; a nudge during the pass means a new commit.
        if (count >= config.batchSize() || rerunRequested.getAndSet(false)) {
            nudge();
        }
    }

    private void afterFailure(Throwable failure) {
        failures.increment();
        int attempt = ++consecutiveFailures;
        long backoff = Math.min(config.maxBackoff().toMillis(), 500L << Math.min(attempt, 10));
        retryNotBefore = System.currentTimeMillis() + backoff;
        running.set(false);
        LOG.warnf("outbox relay: publishing failed (attempt %d, next try in %d ms): %s", attempt, backoff, failure.toString());
    }

    /** One batch in one transaction; returns how many events were published. */
    Uni<Integer> relayBatch() {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked")
                .execute(Tuple.of(RELAY_LOCK_KEY))
                .chain(rows -> rows.iterator().next().getBoolean("locked") ? publishBatch(tx) : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishBatch(SqlConnection tx) {
        return tx.preparedQuery(SELECT_BATCH).execute(Tuple.of(config.batchSize())).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(0);
            }
            List<Row> batch = new java.util.ArrayList<>(rows.size());
            rows.forEach(batch::add);
            // Subscribed in list order, so records are handed to the producer in outbox order.
            List<Uni<Void>> sends = batch.stream().map(this::send).toList();
            Long[] ids = batch.stream().map(r -> r.getLong("id")).toArray(Long[]::new);
            return Uni.join().all(sends).andFailFast()
                    .ifNoItem().after(config.publishTimeout()).fail()
                    .chain(() -> tx.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(ids)))
                    .invoke(() -> published.increment(ids.length))
                    .replaceWith(ids.length);
        });
    }

    private Uni<Void> send(Row row) {
        String eventId = row.getUUID("event_id").toString();
        OffsetDateTime occurredAt = row.getOffsetDateTime("occurred_at");
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", eventId);
        header(headers, "ce_source", ChatEventTypes.SOURCE);
        header(headers, "ce_type", row.getString("event_type"));
        header(headers, "ce_subject", row.getString("aggregate_type") + "/" + row.getString("aggregate_id"));
        header(headers, "ce_time", occurredAt.toString());
        header(headers, "content-type", "application/json");
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.getString("aggregate_id"))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.getJsonObject("payload").encode()).addMetadata(metadata));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Uni<Void> deleteExpiredOccasionally(int ignored) {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < 60_000) {
            return Uni.createFrom().voidItem();
        }
        lastCleanup = now;
        return pool.preparedQuery(DELETE_EXPIRED).execute(Tuple.of((double) config.retention().toSeconds())).replaceWithVoid();
    }
}
