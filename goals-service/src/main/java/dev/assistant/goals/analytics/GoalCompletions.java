package dev.assistant.goals.analytics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The completed goals in completion order, and how many were completed each month (UTC). */
public record GoalCompletions(List<Completed> goals, List<Month> perMonth) {

    public record Completed(
            UUID goalId, UUID rootId, String title, String level, OffsetDateTime completedAt) {}

    /** month as YYYY-MM. */
    public record Month(String month, long completed) {}
}
