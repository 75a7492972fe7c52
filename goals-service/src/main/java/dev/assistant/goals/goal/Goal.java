package dev.assistant.goals.goal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One node of a user's goal tree; root_id names the tree it belongs to. */
public record Goal(
        UUID id,
        String ownerId,
        UUID rootId,
        UUID parentId,
        GoalLevel level,
        String title,
        String description,
        int sortOrder,
        OffsetDateTime completedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
