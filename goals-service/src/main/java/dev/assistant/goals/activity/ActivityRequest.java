package dev.assistant.goals.activity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of POST /api/goals/activities. */
public record ActivityRequest(
        @NotNull UUID rootId,
        UUID groupId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 5_000) String description,
        Boolean hasSets,
        Boolean metricsMultiplicative,
        @PositiveOrZero Integer sortOrder,
        @Size(max = ActivityRules.MAX_METRICS) List<@Valid @NotNull MetricRequest> metrics,
        @Size(max = ActivityRules.MAX_SPLITS) List<@Valid @NotNull SplitRequest> splits) {}
