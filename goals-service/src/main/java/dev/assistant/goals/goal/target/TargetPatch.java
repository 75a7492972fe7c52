package dev.assistant.goals.goal.target;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of PATCH /api/goals/targets/{id}: fields left out (or null) stay as they are; an empty
 * description clears it. A new activity or new thresholds are checked as on creation, and the
 * target's achievement is evaluated again under them.
 */
public record TargetPatch(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 500)
                String name,
        @Size(max = 20_000) String description,
        UUID activityId,
        @Size(max = 20) List<@NotNull @Valid Threshold> thresholds) {

    boolean changesCondition() {
        return activityId != null || thresholds != null;
    }
}
