package dev.assistant.goals.goal.target;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target as the API shows it; achieved when an activity instance first met it. */
public record TargetResponse(
        UUID id,
        UUID goalId,
        UUID rootId,
        @Schema(nullable = true, description = "null when its activity was deleted")
                UUID activityId,
        String name,
        @Schema(nullable = true) String description,
        List<Threshold> thresholds,
        boolean achieved,
        @Schema(nullable = true) OffsetDateTime achievedAt,
        @Schema(nullable = true, description = "the activity instance that first met it")
                UUID achievedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static TargetResponse from(Target target) {
        return new TargetResponse(
                target.id(),
                target.goalId(),
                target.rootId(),
                target.activityId(),
                target.name(),
                target.description(),
                target.thresholds(),
                target.achievedAt() != null,
                target.achievedAt(),
                target.achievedBy(),
                target.createdAt(),
                target.updatedAt());
    }
}
