package dev.assistant.goals.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One metric of an activity over time: per date its instances were recorded (UTC), the top value
 * and every value (by instance, then set).
 */
public record MetricProgress(
        UUID metricId,
        String name,
        String unit,
        boolean topSetMetric,
        @Schema(description = "one point per date with values, oldest first") List<Point> points) {

    public record Point(LocalDate date, double top, List<Double> values) {}
}
