package dev.assistant.goals.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** A practice session of one tree, with the short-term and immediate goals it works on. */
public record Session(
        UUID id,
        String ownerId,
        UUID rootId,
        String name,
        String description,
        OffsetDateTime sessionStart,
        OffsetDateTime sessionEnd,
        Integer durationMinutes,
        Integer totalDurationSeconds,
        UUID templateId,
        UUID programDayId,
        Map<String, Object> attributes,
        boolean completed,
        OffsetDateTime completedAt,
        List<UUID> shortTermGoalIds,
        List<UUID> immediateGoalIds,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Where the session sits in time: its start, or its creation when it has none. */
    public OffsetDateTime position() {
        return sessionStart != null ? sessionStart : createdAt;
    }

    public List<UUID> goalIds() {
        return Stream.concat(shortTermGoalIds.stream(), immediateGoalIds.stream()).toList();
    }
}
