package dev.assistant.goals.goal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal as the API shows it. */
public record GoalResponse(
        UUID id,
        UUID rootId,
        @Schema(nullable = true) UUID parentId,
        GoalLevel level,
        String title,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) LocalDate deadline,
        int sortOrder,
        boolean completed,
        @Schema(nullable = true) OffsetDateTime completedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static GoalResponse from(Goal goal) {
        return new GoalResponse(
                goal.id(),
                goal.rootId(),
                goal.parentId(),
                goal.level(),
                goal.title(),
                goal.description(),
                goal.deadline(),
                goal.sortOrder(),
                goal.completedAt() != null,
                goal.completedAt(),
                goal.createdAt(),
                goal.updatedAt());
    }
}
