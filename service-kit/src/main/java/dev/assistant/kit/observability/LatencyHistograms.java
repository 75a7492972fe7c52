package dev.assistant.kit.observability;

import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Latency timers as Prometheus histograms with the same buckets everywhere, so dashboards and
 * alerts compute quantiles across replicas ({@code histogram_quantile} over {@code _bucket}) and
 * count requests slower than a target exactly. Buckets from 5 ms to 10 s: the API's targets are in
 * milliseconds, its worst cases (uploads, imports) in seconds.
 */
@Singleton
public class LatencyHistograms {

    /** Timers published with buckets: HTTP server requests and the suite's own timers. */
    static final Set<String> TIMERS = Set.of("http.server.requests");

    static final Duration[] BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(
                    Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER
                        || !(TIMERS.contains(id.getName())
                                || id.getName().startsWith("assistant."))) {
                    return config;
                }
                double[] nanos = new double[BUCKETS.length];
                for (int i = 0; i < BUCKETS.length; i++) {
                    nanos[i] = BUCKETS[i].toNanos();
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos)
                        .build()
                        .merge(config);
            }
        };
    }
}
