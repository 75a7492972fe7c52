package dev.assistant.goals.activity;

import java.util.List;

/** An activity definition with its live metrics and splits, each in its order. */
public record Activity(
        ActivityDefinition definition,
        List<MetricDefinition> metrics,
        List<SplitDefinition> splits) {}
