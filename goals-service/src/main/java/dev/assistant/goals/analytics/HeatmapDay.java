package dev.assistant.goals.analytics;

import java.time.LocalDate;

/** One day of a heatmap: the live sessions that started on it (UTC) and their total duration. */
public record HeatmapDay(LocalDate date, long sessions, long totalDurationSeconds) {}
