package dev.assistant.chat.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the cache's state in /q/health/ready without ever failing it: with Redis down the service
 * answers from PostgreSQL, so it stays ready; "degraded" tells operators why it is slower.
 */
@Readiness
@ApplicationScoped
public class CacheHealthCheck implements HealthCheck {

    @Inject ReadCache cache;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cache")
                .up()
                .withData("redis", cache.available() ? "ok" : "degraded: serving from PostgreSQL")
                .withData("hitRatio", String.format("%.3f", cache.hitRatio()))
                .withData("errors", cache.errorCount())
                .build();
    }
}
