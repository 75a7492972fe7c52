package dev.assistant.goals.activity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of PATCH /api/goals/activity-groups/{id}: absent fields stay as they are. */
public record ActivityGroupPatch(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200)
                String name,
        @Size(max = 5_000) String description,
        @PositiveOrZero Integer sortOrder) {}
