package dev.assistant.goals.goal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One node of a user's goal tree; root_id names the tree it belongs to. deletedAt is set on a
 * soft-deleted goal (only the trash and restore see those).
 */
public record Goal(
        UUID id,
        String ownerId,
        UUID rootId,
        UUID parentId,
        GoalLevel level,
        String title,
        String description,
        LocalDate deadline,
        int sortOrder,
        OffsetDateTime completedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime deletedAt) {

    public boolean isRoot() {
        return parentId == null;
    }
}
