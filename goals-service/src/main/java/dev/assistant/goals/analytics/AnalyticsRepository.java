package dev.assistant.goals.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Read-only aggregates for the charts, each one statement on the owner's rows. A null rootId means
 * every tree of the owner. Days and months are UTC.
 */
@ApplicationScoped
public class AnalyticsRepository {

    /** The owner's live sessions in [from, to): one range scan of sessions_owner_start_idx. */
    private static final String HEATMAP =
            """
            SELECT (coalesce(session_start, created_at) AT TIME ZONE 'UTC')::date AS day,
                   count(*) AS sessions, coalesce(sum(total_duration_seconds), 0) AS seconds
              FROM sessions
             WHERE owner_id = $1 AND deleted_at IS NULL
               AND coalesce(session_start, created_at) >= $2 AND coalesce(session_start, created_at) < $3
               AND ($4::uuid IS NULL OR root_id = $4)
             GROUP BY 1 ORDER BY 1""";

    /**
     * Each metric of the activity with its points: per instance date (UTC), the top value and all
     * values (by instance, then set), one row per metric and date, or one row with no point for a
     * metric without values. A single row of nulls when the activity has no metric; no row when it
     * is not the owner's live activity. One statement: the activity row decides ownership. The
     * points are MATERIALIZED: joined per metric, an inlined aggregate would run once per metric.
     */
    private static final String PROGRESS =
            """
            WITH points AS MATERIALIZED (
              SELECT (i.created_at AT TIME ZONE 'UTC')::date AS day, v.metric_definition_id AS metric,
                     max(v.value) AS top,
                     array_agg(v.value ORDER BY i.created_at, i.id, v.set_index NULLS FIRST, v.id) AS all_values
                FROM activity_instances i
                JOIN metric_values v ON v.activity_instance_id = i.id AND v.owner_id = $1
               WHERE i.owner_id = $1 AND i.activity_definition_id = $2 AND i.deleted_at IS NULL
                 AND ($3::uuid IS NULL OR v.metric_definition_id = $3)
               GROUP BY 1, 2)
            SELECT m.id, m.name, m.unit, m.is_top_set_metric, p.day, p.top, p.all_values
              FROM activity_definitions a
              LEFT JOIN metric_definitions m ON m.activity_id = a.id AND m.owner_id = $1 AND m.deleted_at IS NULL
              LEFT JOIN points p ON p.metric = m.id
             WHERE a.owner_id = $1 AND a.id = $2 AND a.deleted_at IS NULL
             ORDER BY m.sort_order, m.name, m.id, p.day""";

    private static final String COMPLETIONS =
            """
            SELECT id, root_id, title, level, completed_at FROM goals
             WHERE owner_id = $1 AND completed_at IS NOT NULL AND deleted_at IS NULL
               AND ($2::uuid IS NULL OR root_id = $2)
             ORDER BY completed_at, id""";

    private static final String COUNTS =
            """
            SELECT 'goal' AS kind, level AS detail, count(*) AS total, count(completed_at) AS completed
              FROM goals WHERE owner_id = $1 AND deleted_at IS NULL AND ($2::uuid IS NULL OR root_id = $2)
             GROUP BY level
            UNION ALL
            SELECT 'session', NULL, count(*), count(*) FILTER (WHERE completed)
              FROM sessions WHERE owner_id = $1 AND deleted_at IS NULL AND ($2::uuid IS NULL OR root_id = $2)
            UNION ALL
            SELECT 'instance', NULL, count(*), count(*) FILTER (WHERE completed)
              FROM activity_instances WHERE owner_id = $1 AND deleted_at IS NULL AND ($2::uuid IS NULL OR root_id = $2)
            UNION ALL
            SELECT 'note', NULL, count(*), 0
              FROM notes WHERE owner_id = $1 AND deleted_at IS NULL AND ($2::uuid IS NULL OR root_id = $2)""";

    @Inject Pool pool;

    public Uni<List<HeatmapDay>> heatmap(String ownerId, UUID rootId, int year) {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return pool.preparedQuery(HEATMAP)
                .execute(Tuple.from(Arrays.asList(ownerId, from, from.plusYears(1), rootId)))
                .map(
                        rows -> {
                            List<HeatmapDay> days = new ArrayList<>(rows.size());
                            for (Row row : rows) {
                                days.add(
                                        new HeatmapDay(
                                                row.getLocalDate("day"),
                                                row.getLong("sessions"),
                                                row.getLong("seconds")));
                            }
                            return days;
                        });
    }

    /** Null when the activity is not the owner's; its metrics' series otherwise. */
    public Uni<List<MetricProgress>> progress(String ownerId, UUID activityId, UUID metricId) {
        return pool.preparedQuery(PROGRESS)
                .execute(Tuple.from(Arrays.asList(ownerId, activityId, metricId)))
                .map(AnalyticsRepository::series);
    }

    /** Rows of one metric are consecutive (ordered by metric, then date). */
    private static List<MetricProgress> series(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        List<MetricProgress> series = new ArrayList<>();
        UUID current = null;
        List<MetricProgress.Point> points = null;
        for (Row row : rows) {
            UUID id = row.getUUID("id");
            if (id == null) {
                continue;
            }
            if (!id.equals(current)) {
                current = id;
                points = new ArrayList<>();
                series.add(
                        new MetricProgress(
                                id,
                                row.getString("name"),
                                row.getString("unit"),
                                row.getBoolean("is_top_set_metric"),
                                points));
            }
            LocalDate day = row.getLocalDate("day");
            if (day != null) {
                points.add(
                        new MetricProgress.Point(
                                day,
                                row.getDouble("top"),
                                Arrays.asList(row.getArrayOfDoubles("all_values"))));
            }
        }
        return series;
    }

    public Uni<List<GoalCompletions.Completed>> completions(String ownerId, UUID rootId) {
        return pool.preparedQuery(COMPLETIONS)
                .execute(Tuple.of(ownerId, rootId))
                .map(
                        rows -> {
                            List<GoalCompletions.Completed> goals = new ArrayList<>(rows.size());
                            for (Row row : rows) {
                                goals.add(
                                        new GoalCompletions.Completed(
                                                row.getUUID("id"),
                                                row.getUUID("root_id"),
                                                row.getString("title"),
                                                row.getString("level"),
                                                row.getOffsetDateTime("completed_at")));
                            }
                            return goals;
                        });
    }

    public Uni<Counts> counts(String ownerId, UUID rootId) {
        return pool.preparedQuery(COUNTS)
                .execute(Tuple.of(ownerId, rootId))
                .map(AnalyticsRepository::counts);
    }

    /**
     * From rows of (kind, detail, total, completed): goals per level, sessions, instances, notes.
     */
    private static Counts counts(RowSet<Row> rows) {
        Map<String, Counts.LevelCount> byLevel = new LinkedHashMap<>();
        Map<String, long[]> byKind = new LinkedHashMap<>();
        long goals = 0;
        long completedGoals = 0;
        for (Row row : rows) {
            long total = row.getLong("total");
            long completed = row.getLong("completed");
            if ("goal".equals(row.getString("kind"))) {
                byLevel.put(row.getString("detail"), new Counts.LevelCount(total, completed));
                goals += total;
                completedGoals += completed;
            } else {
                byKind.put(row.getString("kind"), new long[] {total, completed});
            }
        }
        return new Counts(
                goals,
                completedGoals,
                byLevel,
                byKind.get("session")[0],
                byKind.get("session")[1],
                byKind.get("instance")[0],
                byKind.get("note")[0]);
    }
}
