package dev.assistant.kit.outbox;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Outbox backlog (unpublished rows) and lag (age of the oldest one), measured on their own timer so
 * they keep moving exactly when it matters: while the relay cannot publish.
 */
@ApplicationScoped
@IfBuildProperty(name = "assistant.outbox.enabled", stringValue = "true")
public class OutboxBacklogGauge {

    private static final Logger LOG = Logger.getLogger(OutboxBacklogGauge.class);
    private static final String BACKLOG =
            """
            SELECT count(*) AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0) AS oldest_age
            FROM outbox WHERE published_at IS NULL""";

    @Inject Pool pool;

    @Inject Vertx vertx;

    @Inject MeterRegistry registry;

    @Inject OutboxRelayConfig config;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private long timerId = -1;

    void start(@Observes StartupEvent event) {
        registry.gauge("assistant.outbox.backlog", backlog);
        registry.gauge(
                "assistant.outbox.oldest.age.seconds", oldestAgeMillis, v -> v.get() / 1000.0);
        timerId = vertx.setPeriodic(config.metricsInterval().toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void refresh() {
        pool.query(BACKLOG)
                .execute()
                .subscribe()
                .with(
                        rows -> {
                            Row row = rows.iterator().next();
                            backlog.set(row.getLong("backlog"));
                            oldestAgeMillis.set((long) (row.getDouble("oldest_age") * 1000));
                        },
                        failure ->
                                LOG.debugf("outbox backlog not measured: %s", failure.toString()));
    }
}
