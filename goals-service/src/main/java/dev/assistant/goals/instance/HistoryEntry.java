package dev.assistant.goals.instance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One past instance of an activity, with its session, values and notes. */
public record HistoryEntry(
        UUID instanceId,
        @Schema(nullable = true) UUID sessionId,
        @Schema(nullable = true) String sessionName,
        @Schema(nullable = true) OffsetDateTime sessionAt,
        @Schema(nullable = true) OffsetDateTime timeStart,
        @Schema(nullable = true) OffsetDateTime timeStop,
        @Schema(nullable = true) Integer durationSeconds,
        boolean completed,
        List<MetricValue> metrics,
        List<Note> notes,
        OffsetDateTime createdAt) {

    /** A note on the instance (setIndex when it is about one set). */
    public record Note(
            UUID id,
            @Schema(nullable = true) Integer setIndex,
            String content,
            OffsetDateTime createdAt) {}
}
