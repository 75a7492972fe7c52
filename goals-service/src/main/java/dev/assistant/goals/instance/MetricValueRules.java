package dev.assistant.goals.instance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.assistant.goals.activity.Activity;
import dev.assistant.kit.problem.InvalidField;

/**
 * What an activity's definition allows its values to be: a live metric of it; a split of it exactly
 * when it has splits; a set index exactly when it has sets; one value per (metric, split, set).
 */
final class MetricValueRules {

    private MetricValueRules() {}

    static void check(Activity activity, MetricValuesRequest request) {
        Set<UUID> metrics = new HashSet<>();
        activity.metrics().forEach(m -> metrics.add(m.id));
        Set<UUID> splits = new HashSet<>();
        activity.splits().forEach(s -> splits.add(s.id));
        boolean hasSets = activity.definition().hasSets;
        Set<List<Object>> seen = new HashSet<>();
        List<MetricValuesRequest.Value> values = request.values();
        for (int i = 0; i < values.size(); i++) {
            MetricValuesRequest.Value v = values.get(i);
            String at = "values[" + i + "]";
            if (!metrics.contains(v.metricId())) {
                throw InvalidField.of(at + ".metricId", "body", "not a metric of this activity");
            }
            if (splits.isEmpty() ? v.splitId() != null : !splits.contains(v.splitId())) {
                throw InvalidField.of(
                        at + ".splitId",
                        "body",
                        splits.isEmpty()
                                ? "this activity has no splits"
                                : "must be one of this activity's splits");
            }
            if (hasSets != (v.setIndex() != null)) {
                throw InvalidField.of(
                        at + ".setIndex",
                        "body",
                        hasSets
                                ? "this activity has sets: say which"
                                : "this activity has no sets");
            }
            if (!Double.isFinite(v.value())) {
                throw InvalidField.of(at + ".value", "body", "must be a finite number");
            }
            if (!seen.add(Arrays.asList(v.metricId(), v.splitId(), v.setIndex()))) {
                throw InvalidField.of(
                        at, "body", "a second value for the same metric, split and set");
            }
        }
    }
}
