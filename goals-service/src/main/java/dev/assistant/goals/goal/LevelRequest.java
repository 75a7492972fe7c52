package dev.assistant.goals.goal;

import jakarta.validation.constraints.NotNull;

/** Body of POST /api/goals/goals/{id}/level. */
public record LevelRequest(@NotNull GoalLevel level) {}
