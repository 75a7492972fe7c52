package dev.assistant.goals.goal.target;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** A target's condition on one metric: some value of it (any set, any split) is at least min. */
public record Threshold(@NotNull UUID metricId, @NotNull Double min) {}
