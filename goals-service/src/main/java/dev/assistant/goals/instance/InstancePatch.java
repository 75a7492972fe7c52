package dev.assistant.goals.instance;

import jakarta.validation.constraints.PositiveOrZero;

/** Body of PATCH /api/goals/activity-instances/{id}: absent fields stay. */
public record InstancePatch(Boolean completed, @PositiveOrZero Integer sortOrder) {}
