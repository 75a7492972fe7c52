package dev.assistant.goals.activity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.assistant.kit.problem.InvalidField;

/** The limits the legacy tracker had on an activity's shape, kept by the API. */
final class ActivityRules {

    static final int MAX_METRICS = 3;
    static final int MAX_SPLITS = 5;

    private ActivityRules() {}

    /** At most one top-set metric; an id at most once. */
    static void checkMetrics(List<MetricRequest> metrics) {
        if (metrics.stream().filter(m -> Boolean.TRUE.equals(m.topSet())).count() > 1) {
            throw InvalidField.of("metrics", "body", "at most one metric can be the top-set one");
        }
        checkDistinct("metrics", metrics.stream().map(MetricRequest::id).toList());
    }

    static void checkSplits(List<SplitRequest> splits) {
        checkDistinct("splits", splits.stream().map(SplitRequest::id).toList());
    }

    private static void checkDistinct(String field, List<UUID> ids) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !seen.add(ids.get(i))) {
                throw InvalidField.of(field + "[" + i + "].id", "body", "named twice");
            }
        }
    }
}
