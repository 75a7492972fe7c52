package dev.assistant.kit.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database pool's size as a metric ({@code assistant_db_pool_max_connections}), so pool usage
 * is a ratio an alert can hold against a threshold: the reactive client reports connections in use
 * ({@code postgresql_current}) and waiters ({@code postgresql_queue_size}), not its capacity.
 */
@Startup
@ApplicationScoped
public class PoolCapacityGauge {

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size", defaultValue = "20")
    int maxSize;

    @Inject MeterRegistry registry;

    @PostConstruct
    void register() {
        Gauge.builder("assistant.db.pool.max.connections", () -> maxSize)
                .description("Connections the service's PostgreSQL pool may open")
                .register(registry);
    }
}
