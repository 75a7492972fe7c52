package dev.assistant.chat.events;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The test profile's span exporter (application.properties %test.quarkus.otel.*): spans kept in
 * memory.
 */
@ApplicationScoped
public class InMemoryTraces {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
