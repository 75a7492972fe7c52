package dev.assistant.migration.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * The migration sets this job knows: one per service. Each service owns one PostgreSQL schema,
 * named after it, in which Flyway keeps its history table too.
 */
public enum ServiceSchema {
    CHAT("chat"),
    GOALS("goals"),
    SEARCH("search");

    private final String serviceName;

    ServiceSchema(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }

    /** PostgreSQL schema that holds the service's tables. */
    public String schema() {
        return serviceName;
    }

    /** Prefix of the service's own connection variables, e.g. CHAT_DB_URL. */
    public String envPrefix() {
        return serviceName.toUpperCase(Locale.ROOT) + "_DB_";
    }

    public static ServiceSchema fromName(String name) {
        return Arrays.stream(values())
                .filter(s -> s.serviceName.equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown service '"
                                                + name
                                                + "' (expected one of chat, goals, search)"));
    }
}
