package dev.assistant.goals.goal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A goal as the API shows it. */
public record GoalResponse(
        UUID id,
        UUID rootId,
        UUID parentId,
        GoalLevel level,
        String title,
        String description,
        int sortOrder,
        boolean completed,
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
                goal.sortOrder(),
                goal.completedAt() != null,
                goal.createdAt(),
                goal.updatedAt());
    }
}
