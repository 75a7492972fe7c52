package dev.assistant.goals.instance;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of POST /api/goals/sessions/{id}/activities: an activity of the session's tree. */
public record InstanceRequest(@NotNull UUID activityId, @PositiveOrZero Integer sortOrder) {}
