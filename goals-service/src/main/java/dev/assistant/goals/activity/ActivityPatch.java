package dev.assistant.goals.activity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of PATCH /api/goals/activities/{id}: absent fields stay. {@code metrics} and {@code splits},
 * when given, are the whole new list: items with an id edit that metric, items without one are new,
 * and metrics left out are removed (soft-deleted, so values recorded against them stay).
 */
public record ActivityPatch(
        UUID groupId,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200)
                String name,
        @Size(max = 5_000) String description,
        Boolean hasSets,
        Boolean metricsMultiplicative,
        @PositiveOrZero Integer sortOrder,
        @Size(max = ActivityRules.MAX_METRICS) List<@Valid @NotNull MetricRequest> metrics,
        @Size(max = ActivityRules.MAX_SPLITS) List<@Valid @NotNull SplitRequest> splits) {}
