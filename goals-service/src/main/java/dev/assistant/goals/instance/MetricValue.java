package dev.assistant.goals.instance;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One recorded value: of a metric, for a split (when the activity has splits) and a set (when it
 * has sets, 0-based).
 */
public record MetricValue(
        UUID metricId,
        @Schema(nullable = true) UUID splitId,
        @Schema(nullable = true) Integer setIndex,
        double value) {}
