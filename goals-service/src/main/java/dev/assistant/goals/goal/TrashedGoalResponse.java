package dev.assistant.goals.goal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A deleted goal in the trash: restoring it brings back the subtree deleted with it. */
public record TrashedGoalResponse(
        UUID id,
        UUID rootId,
        @Schema(nullable = true) UUID parentId,
        GoalLevel level,
        String title,
        @Schema(nullable = true) String description,
        OffsetDateTime deletedAt) {

    static TrashedGoalResponse from(Goal goal) {
        return new TrashedGoalResponse(
                goal.id(),
                goal.rootId(),
                goal.parentId(),
                goal.level(),
                goal.title(),
                goal.description(),
                goal.deletedAt());
    }
}
