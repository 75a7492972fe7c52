package dev.assistant.goals.instance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of PUT /api/goals/activity-instances/{id}/metrics: the instance's values, replaced. */
public record MetricValuesRequest(@NotNull @Size(max = 1_000) List<@Valid @NotNull Value> values) {

    /** splitId when the activity has splits; setIndex (0-based) when it has sets. */
    public record Value(
            @NotNull UUID metricId,
            UUID splitId,
            @PositiveOrZero @Max(999) Integer setIndex,
            @NotNull Double value) {}
}
