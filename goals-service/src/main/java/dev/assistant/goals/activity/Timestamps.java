package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * "Now" as PostgreSQL stores it (microseconds, UTC), so an entity answered right after a write
 * equals the same entity read back later.
 */
final class Timestamps {

    private Timestamps() {}

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
