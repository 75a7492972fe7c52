package dev.assistant.goals.instance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One activity done in a session: its place, its timer and its metric values. */
public record ActivityInstance(
        UUID id,
        String ownerId,
        UUID rootId,
        UUID sessionId,
        UUID activityId,
        int sortOrder,
        OffsetDateTime timeStart,
        OffsetDateTime timeStop,
        Integer durationSeconds,
        boolean completed,
        List<MetricValue> values,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public boolean running() {
        return timeStart != null && timeStop == null;
    }
}
