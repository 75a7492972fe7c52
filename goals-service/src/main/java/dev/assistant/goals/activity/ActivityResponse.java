package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity definition as the API shows it, with its metrics and splits in order. */
public record ActivityResponse(
        UUID id,
        UUID rootId,
        @Schema(nullable = true) UUID groupId,
        String name,
        @Schema(nullable = true) String description,
        boolean hasSets,
        boolean hasMetrics,
        boolean hasSplits,
        boolean metricsMultiplicative,
        int sortOrder,
        List<Metric> metrics,
        List<Split> splits,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record Metric(
            UUID id, String name, String unit, boolean topSet, boolean multiplicative) {}

    public record Split(UUID id, String name) {}

    static ActivityResponse from(Activity activity) {
        ActivityDefinition d = activity.definition();
        return new ActivityResponse(
                d.id,
                d.rootId,
                d.groupId,
                d.name,
                d.description,
                d.hasSets,
                d.hasMetrics,
                d.hasSplits,
                d.metricsMultiplicative,
                d.sortOrder,
                activity.metrics().stream()
                        .map(m -> new Metric(m.id, m.name, m.unit, m.topSet, m.multiplicative))
                        .toList(),
                activity.splits().stream().map(s -> new Split(s.id, s.name)).toList(),
                d.createdAt,
                d.updatedAt);
    }
}
