package dev.assistant.goals.analytics;

import java.util.Map;

/** How much a user (or one tree) holds; deleted rows are not counted. */
public record Counts(
        long goals,
        long completedGoals,
        Map<String, LevelCount> goalsByLevel,
        long sessions,
        long completedSessions,
        long activityInstances,
        long notes) {

    public record LevelCount(long total, long completed) {}
}
