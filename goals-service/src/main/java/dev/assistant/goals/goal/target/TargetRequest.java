package dev.assistant.goals.goal.target;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/goals/goals/{goalId}/targets: the activity (of the goal's tree) and a threshold
 * per metric of that activity, each metric at most once. No thresholds: any instance of the
 * activity meets the target.
 */
public record TargetRequest(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 20_000) String description,
        @NotNull UUID activityId,
        @Size(max = 20) List<@NotNull @Valid Threshold> thresholds) {}
