package dev.assistant.chat.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tuning of the outbox relay; every key is documented in application.properties. */
@ConfigMapping(prefix = "assistant.outbox.relay")
public interface OutboxRelayConfig {

    /** Poll interval when nothing nudges the relay. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events published per transaction; bounds how long one batch holds its rows. */
    @WithDefault("200")
    int batchSize();

    /** Upper bound on waiting for Kafka to acknowledge one batch. */
    @WithDefault("15s")
    Duration publishTimeout();

    /** Longest pause between attempts while Kafka is unreachable (exponential back-off up to this). */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept (for audit and replay) before they are deleted. */
    @WithDefault("24h")
    Duration retention();
}
