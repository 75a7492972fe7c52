package dev.assistant.goals.activity;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of POST /api/goals/activity-groups. */
public record ActivityGroupRequest(
        @NotNull UUID rootId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 5_000) String description,
        @PositiveOrZero Integer sortOrder) {}
