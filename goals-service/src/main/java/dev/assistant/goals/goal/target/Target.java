package dev.assistant.goals.goal.target;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A goal's target: an activity and the thresholds one instance of it must reach on every named
 * metric. achievedAt/achievedBy: when, and by which activity instance, it was first met.
 */
public record Target(
        UUID id,
        String ownerId,
        UUID rootId,
        UUID goalId,
        UUID activityId,
        String name,
        String description,
        List<Threshold> thresholds,
        OffsetDateTime achievedAt,
        UUID achievedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
