package dev.assistant.goals.goal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of POST /api/goals/goals: a root (no parentId, level UltimateGoal) or a child. */
public record GoalRequest(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 20_000) String description,
        @NotNull GoalLevel level,
        UUID parentId,
        LocalDate deadline,
        @PositiveOrZero Integer sortOrder) {}
