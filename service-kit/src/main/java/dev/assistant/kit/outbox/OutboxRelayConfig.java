package dev.assistant.kit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Tuning of the outbox relay (keys under assistant.outbox.relay; docs/operations.md lists them).
 */
@ConfigMapping(prefix = "assistant.outbox.relay")
public interface OutboxRelayConfig {

    /** Poll interval: a safety net, since the outbox trigger wakes the relay on every commit. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events read and published per pass. */
    @WithDefault("200")
    int batchSize();

    /** Upper bound on waiting for Kafka to acknowledge one batch. */
    @WithDefault("15s")
    Duration publishTimeout();

    /**
     * How long the relay lease lasts without renewal. Longer than the publish timeout, so a relay
     * waiting on a slow Kafka keeps it; a replica that died releases it at most this late.
     */
    @WithDefault("30s")
    Duration lease();

    /**
     * Longest pause between attempts while Kafka is unreachable (exponential back-off up to this).
     */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept (for audit and replay) before they are deleted. */
    @WithDefault("24h")
    Duration retention();

    /** How often the backlog and lag gauges are measured. */
    @WithDefault("5s")
    Duration metricsInterval();
}
