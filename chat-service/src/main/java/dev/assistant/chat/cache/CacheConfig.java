package dev.assistant.chat.cache;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Redis read cache; each key is explained beside its value in application.properties. */
@ConfigMapping(prefix = "assistant.cache")
public interface CacheConfig {

    /** Off: every read goes to PostgreSQL. */
    @WithDefault("true")
    boolean enabled();

    /** Prefix of every key, so several environments can share one Redis. */
    @WithDefault("chat:")
    String keyPrefix();

    /** How long a conversation with its recent messages stays cached. */
    @WithDefault("10m")
    Duration conversationTtl();

    /** How long the first page of a user's conversation list stays cached. */
    @WithDefault("2m")
    Duration listTtl();

    /** Values larger than this are deflate-compressed. */
    @WithDefault("512")
    int compressAboveBytes();

    /**
     * After a Redis failure, skip Redis this long before trying again (requests go to PostgreSQL).
     */
    @WithDefault("5s")
    Duration retryAfterFailure();

    /** Upper bound on one Redis call before it counts as a failure. */
    @WithDefault("250ms")
    Duration timeout();
}
