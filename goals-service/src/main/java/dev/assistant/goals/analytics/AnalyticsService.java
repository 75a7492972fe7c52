package dev.assistant.goals.analytics;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/** The data behind the tracker's charts, computed in SQL on the owner's rows. */
@ApplicationScoped
public class AnalyticsService {

    @Inject AnalyticsRepository repository;

    /** Sessions per day over a calendar year (the current one when null). */
    public Uni<List<HeatmapDay>> heatmap(String ownerId, UUID rootId, Integer year) {
        return repository.heatmap(
                ownerId, rootId, year == null ? Year.now(ZoneOffset.UTC).getValue() : year);
    }

    public Uni<List<MetricProgress>> progress(String ownerId, UUID activityId, UUID metricId) {
        return repository
                .progress(ownerId, activityId, metricId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("activity " + activityId + " not found"));
    }

    public Uni<GoalCompletions> completions(String ownerId, UUID rootId) {
        return repository
                .completions(ownerId, rootId)
                .map(goals -> new GoalCompletions(goals, perMonth(goals)));
    }

    public Uni<Counts> counts(String ownerId, UUID rootId) {
        return repository.counts(ownerId, rootId);
    }

    private static List<GoalCompletions.Month> perMonth(List<GoalCompletions.Completed> goals) {
        Map<String, Long> months = new LinkedHashMap<>();
        for (GoalCompletions.Completed goal : goals) {
            String month =
                    goal.completedAt()
                            .atZoneSameInstant(ZoneOffset.UTC)
                            .toLocalDate()
                            .toString()
                            .substring(0, 7);
            months.merge(month, 1L, Long::sum);
        }
        List<GoalCompletions.Month> list = new ArrayList<>();
        months.forEach((month, count) -> list.add(new GoalCompletions.Month(month, count)));
        return list;
    }
}
