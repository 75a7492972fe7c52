package dev.assistant.kit.observability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's own readiness as a metric ({@code assistant_ready}: 1 ready, 0 not), evaluated
 * every {@code assistant.metrics.readiness-interval}, so alerts see readiness flapping and
 * dashboards show when a pod was out of rotation, which {@code up} (the scrape) cannot: a pod that
 * is not ready still answers /q/metrics.
 */
@ApplicationScoped
public class ReadinessGauge {

    @Inject SmallRyeHealthReporter health;

    @Inject MeterRegistry registry;

    @Inject Vertx vertx;

    @ConfigProperty(name = "assistant.metrics.readiness-interval", defaultValue = "5s")
    Duration interval;

    private final AtomicInteger ready = new AtomicInteger();
    private long timerId = -1;

    void start(@Observes StartupEvent event) {
        Gauge.builder("assistant.ready", ready, AtomicInteger::get)
                .description("1 while the service's readiness check is UP, else 0")
                .register(registry);
        timerId = vertx.setPeriodic(interval.toMillis(), id -> evaluate());
        evaluate();
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void evaluate() {
        health.getReadinessAsync()
                .subscribe()
                .with(result -> ready.set(result.isDown() ? 0 : 1), failure -> ready.set(0));
    }
}
