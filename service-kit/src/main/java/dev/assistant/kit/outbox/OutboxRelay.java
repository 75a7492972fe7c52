package dev.assistant.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka (channel "outbox"), oldest first, and stamps them
 * published.
 *
 * <p>No transaction stays open while Kafka is waited on. Only the holder of a lease row publishes
 * (so replicas never interleave); each pass renews the lease and reads a batch in one short
 * statement, sends the batch in id order on an idempotent producer keyed by aggregate id, and after
 * every acknowledgement stamps the batch in a second short statement. A slow or stopped Kafka holds
 * neither a connection nor a snapshot (the xmin horizon moves on), only the lease.
 *
 * <p>Delivery is at least once: a crash, a Kafka failure, or a lease that expired during a very
 * slow send means a batch is sent again, in the same order; consumers de-duplicate on the
 * CloudEvents id (docs/events.md). While Kafka is down, events wait in the table and the relay
 * backs off exponentially; nothing is lost.
 *
 * <p>Wake-ups: the outbox table's trigger notifies {@code <schema>_outbox} when a transaction that
 * inserted rows commits (any writer, any replica); the relay listens on one connection. A poll
 * every {@code poll-interval} is the safety net.
 */
@ApplicationScoped
@IfBuildProperty(name = "assistant.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * Renews (or takes over an expired) lease and, only for its holder, reads the next batch: live
     * events first (up to a batch), then bulk ones (imports; up to a batch), in id order. A live
     * event waits only for earlier bulk events of its own aggregate, which keeps per-aggregate
     * order while the rest of a large backlog drains behind live traffic.
     */
    private static final String LEASE_AND_BATCH =
            """
            WITH lease AS (
                INSERT INTO outbox_relay_lease (name, holder, expires_at) VALUES ('relay', $1, now() + make_interval(secs => $2))
                ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
                WHERE outbox_relay_lease.holder = EXCLUDED.holder OR outbox_relay_lease.expires_at < now()
                RETURNING holder)
            SELECT * FROM (
                (SELECT id, event_id, event_type, aggregate_type, aggregate_id, owner_id, payload, occurred_at, trace_parent
                 FROM outbox o WHERE published_at IS NULL AND lane = 'live'
                   AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.published_at IS NULL AND b.lane = 'bulk'
                                   AND b.aggregate_id = o.aggregate_id AND b.id < o.id)
                 ORDER BY id LIMIT $3)
                UNION ALL
                (SELECT id, event_id, event_type, aggregate_type, aggregate_id, owner_id, payload, occurred_at, trace_parent
                 FROM outbox WHERE published_at IS NULL AND lane = 'bulk' ORDER BY id LIMIT $3)
            ) batch WHERE EXISTS (SELECT 1 FROM lease) ORDER BY id""";

    private static final String MARK_PUBLISHED =
            "UPDATE outbox SET published_at = now() WHERE id = ANY($1) AND published_at IS NULL";
    private static final String RELEASE_LEASE =
            "DELETE FROM outbox_relay_lease WHERE name = 'relay' AND holder = $1";
    private static final String DELETE_EXPIRED =
            """
            DELETE FROM outbox WHERE id IN (
              SELECT id FROM outbox WHERE published_at < now() - make_interval(secs => $1) ORDER BY id LIMIT 1000)""";

    @Inject Pool pool;

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;

    @Inject Vertx vertx;

    @Inject OutboxRelayConfig config;

    @Inject MeterRegistry registry;

    @Inject CommitListener commits;

    /** This process's lease holder name: unique per start, readable in the lease row. */
    private final String holder =
            System.getenv().getOrDefault("HOSTNAME", "local") + "/" + UUID.randomUUID();

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean rerunRequested = new AtomicBoolean();
    private volatile long retryNotBefore;
    private volatile int consecutiveFailures;
    private volatile long lastCleanup;
    private Counter published;
    private Counter failures;
    private long timerId = -1;

    void start(@Observes StartupEvent event) {
        if (config.lease().compareTo(config.publishTimeout()) <= 0) {
            throw new IllegalStateException(
                    "assistant.outbox.relay.lease ("
                            + config.lease()
                            + ") must be longer than assistant.outbox.relay.publish-timeout ("
                            + config.publishTimeout()
                            + ")");
        }
        published = registry.counter("assistant.outbox.published");
        failures = registry.counter("assistant.outbox.publish.failures");
        timerId = vertx.setPeriodic(config.pollInterval().toMillis(), id -> wake());
        commits.start(this::wake);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        commits.stop();
        // Hand the lease over at once instead of letting another replica wait for it to expire.
        pool.preparedQuery(RELEASE_LEASE)
                .execute(Tuple.of(holder))
                .await()
                .atMost(config.publishTimeout());
    }

    /** Asks for a relay pass now; coalesces with a pass already running. */
    public void wake() {
        if (System.currentTimeMillis() < retryNotBefore) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            rerunRequested.set(true);
            return;
        }
        relayBatch()
                .call(this::deleteExpiredOccasionally)
                .subscribe()
                .with(this::afterSuccess, this::afterFailure);
    }

    private void afterSuccess(int count) {
        consecutiveFailures = 0;
        running.set(false);
        // A full batch means more may be waiting; a wake-up during the pass means a new commit.
        if (count >= config.batchSize() || rerunRequested.getAndSet(false)) {
            vertx.runOnContext(v -> wake());
        }
    }

    private void afterFailure(Throwable failure) {
        failures.increment();
        int attempt = ++consecutiveFailures;
        long backoff = Math.min(config.maxBackoff().toMillis(), 500L << Math.min(attempt, 10));
        retryNotBefore = System.currentTimeMillis() + backoff;
        running.set(false);
        LOG.warnf(
                "outbox relay: publishing failed (attempt %d, next try in %d ms): %s",
                attempt, backoff, failure.toString());
    }

    /** One pass: lease and batch, send, stamp. Returns how many events were published. */
    Uni<Integer> relayBatch() {
        Tuple leaseAndBatch =
                Tuple.of(holder, (double) config.lease().toSeconds(), config.batchSize());
        return pool.preparedQuery(LEASE_AND_BATCH)
                .execute(leaseAndBatch)
                .chain(
                        rows -> {
                            if (rows.size() == 0) {
                                return Uni.createFrom().item(0);
                            }
                            List<Row> batch = new ArrayList<>(rows.size());
                            rows.forEach(batch::add);
                            Long[] ids =
                                    batch.stream().map(r -> r.getLong("id")).toArray(Long[]::new);
                            // Subscribed in list order, so records are handed to the producer in
                            // outbox order.
                            List<Uni<Void>> sends =
                                    batch.stream()
                                            .map(
                                                    row ->
                                                            emitter.sendMessage(
                                                                    CloudEventRecord.of(row)))
                                            .toList();
                            return Uni.join()
                                    .all(sends)
                                    .andFailFast()
                                    .ifNoItem()
                                    .after(config.publishTimeout())
                                    .fail()
                                    .chain(
                                            () ->
                                                    pool.preparedQuery(MARK_PUBLISHED)
                                                            .execute(Tuple.of((Object) ids)))
                                    .invoke(() -> published.increment(ids.length))
                                    .replaceWith(ids.length);
                        });
    }

    private Uni<Void> deleteExpiredOccasionally(int ignored) {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < 60_000) {
            return Uni.createFrom().voidItem();
        }
        lastCleanup = now;
        return pool.preparedQuery(DELETE_EXPIRED)
                .execute(Tuple.of((double) config.retention().toSeconds()))
                .replaceWithVoid();
    }
}
