package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads of programs' days with what the entities do not hold: whether each day is completed
 * (computed from sessions in SQL), its templates' names, and the block goals' titles. $1 is always
 * the owner.
 */
@ApplicationScoped
public class ProgramViewRepository {

    /**
     * A day is completed when it has templates and each live one has a completed, live session on
     * this day made from it; completed_at is when the last of them was first completed.
     */
    private static final String DAYS =
            """
            SELECT d.id, d.block_id, d.day_date, d.day_number, d.name, d.notes,
                   c.templates > 0 AND c.done = c.templates AS completed,
                   CASE WHEN c.templates > 0 AND c.done = c.templates THEN c.last_done END AS completed_at
              FROM program_days d
              JOIN program_blocks b ON b.id = d.block_id AND b.owner_id = $1
              JOIN programs p ON p.id = b.program_id AND p.owner_id = $1 AND p.deleted_at IS NULL
              CROSS JOIN LATERAL (
                SELECT count(*) AS templates,
                       count(s.first_done) AS done,
                       max(s.first_done) AS last_done
                  FROM program_day_templates t
                  JOIN session_templates st ON st.id = t.session_template_id AND st.deleted_at IS NULL
                  LEFT JOIN LATERAL (
                    SELECT min(coalesce(x.completed_at, x.updated_at)) AS first_done
                      FROM sessions x
                     WHERE x.owner_id = $1 AND x.program_day_id = d.id
                       AND x.template_id = t.session_template_id
                       AND x.completed AND x.deleted_at IS NULL) s ON true
                 WHERE t.program_day_id = d.id AND t.owner_id = $1) c
             WHERE d.owner_id = $1 AND\s""";

    private static final String DAY_ORDER =
            " ORDER BY d.day_date NULLS LAST, d.day_number, d.created_at, d.id";

    private static final String TEMPLATES =
            """
            SELECT t.program_day_id, st.id, st.name
              FROM program_day_templates t
              JOIN program_days d ON d.id = t.program_day_id
              JOIN program_blocks b ON b.id = d.block_id
              JOIN session_templates st ON st.id = t.session_template_id AND st.deleted_at IS NULL
             WHERE t.owner_id = $1 AND\s""";

    @Inject Pool pool;

    public Uni<List<DayView>> daysOfProgram(String ownerId, UUID programId) {
        return days("b.program_id = $2", Tuple.of(ownerId, programId));
    }

    public Uni<List<DayView>> daysOfBlock(String ownerId, UUID blockId) {
        return days("d.block_id = $2", Tuple.of(ownerId, blockId));
    }

    /** Null when absent or someone else's. */
    public Uni<DayView> day(String ownerId, UUID dayId) {
        return days("d.id = $2", Tuple.of(ownerId, dayId))
                .map(days -> days.isEmpty() ? null : days.get(0));
    }

    /**
     * The days to do on a date: those scheduled on it, and the undated (numbered) days of blocks
     * whose dates include it.
     */
    public Uni<List<DayView>> activeDays(String ownerId, UUID programId, LocalDate date) {
        return days(
                "b.program_id = $2 AND (d.day_date = $3 OR (d.day_date IS NULL"
                        + " AND $3 BETWEEN b.start_date AND b.end_date))",
                Tuple.of(ownerId, programId, date));
    }

    public Uni<List<BlockGoalView>> blockGoals(String ownerId, UUID programId) {
        return goals("b.program_id = $2", Tuple.of(ownerId, programId));
    }

    public Uni<List<BlockGoalView>> goalsOfBlock(String ownerId, UUID blockId) {
        return goals("b.id = $2", Tuple.of(ownerId, blockId));
    }

    private Uni<List<BlockGoalView>> goals(String condition, Tuple params) {
        return pool.preparedQuery(
                        "SELECT bg.block_id, g.id, g.title, b.end_date FROM program_block_goals bg"
                                + " JOIN program_blocks b ON b.id = bg.block_id"
                                + " JOIN goals g ON g.id = bg.goal_id AND g.deleted_at IS NULL"
                                + " WHERE bg.owner_id = $1 AND "
                                + condition
                                + " ORDER BY g.sort_order, g.title, g.id")
                .execute(params)
                .map(
                        rows -> {
                            List<BlockGoalView> goals = new ArrayList<>();
                            for (Row row : rows) {
                                goals.add(
                                        new BlockGoalView(
                                                row.getUUID("block_id"),
                                                row.getUUID("id"),
                                                row.getString("title"),
                                                row.getLocalDate("end_date")));
                            }
                            return goals;
                        });
    }

    private Uni<List<DayView>> days(String condition, Tuple params) {
        Uni<Map<UUID, List<DayView.TemplateRef>>> templates =
                pool.preparedQuery(TEMPLATES + condition + " ORDER BY t.sort_order, st.name")
                        .execute(params)
                        .map(
                                rows -> {
                                    Map<UUID, List<DayView.TemplateRef>> byDay = new HashMap<>();
                                    for (Row row : rows) {
                                        byDay.computeIfAbsent(
                                                        row.getUUID("program_day_id"),
                                                        k -> new ArrayList<>())
                                                .add(
                                                        new DayView.TemplateRef(
                                                                row.getUUID("id"),
                                                                row.getString("name")));
                                    }
                                    return byDay;
                                });
        return pool.preparedQuery(DAYS + condition + DAY_ORDER)
                .execute(params)
                .chain(
                        rows ->
                                templates.map(
                                        byDay -> {
                                            List<DayView> days = new ArrayList<>();
                                            for (Row row : rows) {
                                                days.add(
                                                        toDay(row)
                                                                .withTemplates(
                                                                        byDay.getOrDefault(
                                                                                row.getUUID("id"),
                                                                                List.of())));
                                            }
                                            return days;
                                        }));
    }

    private static DayView toDay(Row row) {
        return new DayView(
                row.getUUID("id"),
                row.getUUID("block_id"),
                row.getLocalDate("day_date"),
                row.getInteger("day_number"),
                row.getString("name"),
                row.getString("notes"),
                Boolean.TRUE.equals(row.getBoolean("completed")),
                row.getOffsetDateTime("completed_at"),
                List.of());
    }
}
