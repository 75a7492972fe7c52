package dev.assistant.goals.instance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity instance as the API shows it, with its metric values. */
public record InstanceResponse(
        UUID id,
        UUID rootId,
        @Schema(nullable = true) UUID sessionId,
        UUID activityId,
        int sortOrder,
        @Schema(nullable = true) OffsetDateTime timeStart,
        @Schema(nullable = true) OffsetDateTime timeStop,
        @Schema(nullable = true) Integer durationSeconds,
        boolean completed,
        List<MetricValue> metrics,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static InstanceResponse from(ActivityInstance i) {
        return new InstanceResponse(
                i.id(),
                i.rootId(),
                i.sessionId(),
                i.activityId(),
                i.sortOrder(),
                i.timeStart(),
                i.timeStop(),
                i.durationSeconds(),
                i.completed(),
                i.values(),
                i.createdAt(),
                i.updatedAt());
    }
}
