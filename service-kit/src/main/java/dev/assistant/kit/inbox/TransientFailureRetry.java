package dev.assistant.kit.inbox;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Retries an event's effect with exponential back-off while the failure may be transient (the
 * database restarting, say). Only after the attempts are spent does the record go to the
 * dead-letter topic; a poison event goes there at once. Either way nothing is silently dropped.
 */
@ApplicationScoped
public class TransientFailureRetry {

    private static final Logger LOG = Logger.getLogger(TransientFailureRetry.class);

    @ConfigProperty(name = "assistant.ingest.max-attempts", defaultValue = "8")
    int maxAttempts;

    @ConfigProperty(name = "assistant.ingest.max-backoff", defaultValue = "30s")
    Duration maxBackoff;

    @Inject MeterRegistry registry;

    public void run(IncomingEvent event, BooleanSupplier effect) {
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = effect.getAsBoolean();
                registry.counter(
                                "assistant.ingest.events",
                                "type",
                                event.type(),
                                "result",
                                applied ? "applied" : "duplicate")
                        .increment();
                return;
            } catch (PoisonEventException e) {
                registry.counter(
                                "assistant.ingest.events", "type", event.type(), "result", "poison")
                        .increment();
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    registry.counter(
                                    "assistant.ingest.events",
                                    "type",
                                    event.type(),
                                    "result",
                                    "failed")
                            .increment();
                    throw e;
                }
                long backoff = Math.min(maxBackoff.toMillis(), 250L << Math.min(attempt, 10));
                LOG.warnf(
                        "event %s (%s) failed on attempt %d, retrying in %d ms: %s",
                        event.id(), event.type(), attempt, backoff, e.toString());
                sleep(backoff);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
