package dev.assistant.goals.goal.target;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.goals.goal.target.TargetRows.COLUMNS;

/**
 * SQL for goal targets. Every statement filters on owner_id; a target whose goal is deleted is not
 * found. The Vert.x client, not Panache: achievements are recorded by the evaluator on the
 * transaction that writes metric values.
 */
@ApplicationScoped
public class TargetRepository {

    /** A target with its goal live. */
    private static final String LIVE =
            " FROM goal_targets t JOIN goals g ON g.id = t.goal_id AND g.owner_id = t.owner_id"
                    + " AND g.deleted_at IS NULL";

    @Inject Pool pool;

    public Uni<Void> insert(SqlClient tx, Target target) {
        return tx.preparedQuery(
                        "INSERT INTO goal_targets (id, owner_id, root_id, goal_id, activity_id, name,"
                                + " description, thresholds) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        target.id(),
                                        target.ownerId(),
                                        target.rootId(),
                                        target.goalId(),
                                        target.activityId(),
                                        target.name(),
                                        target.description(),
                                        TargetRows.json(target.thresholds()))))
                .replaceWithVoid();
    }

    /** Null when absent, someone else's, or its goal is deleted. */
    public Uni<Target> find(SqlClient client, String ownerId, UUID id) {
        return client.preparedQuery(
                        "SELECT " + COLUMNS + LIVE + " WHERE t.owner_id = $1 AND t.id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(TargetRows::single);
    }

    /** A goal's targets, oldest first. */
    public Uni<List<Target>> ofGoal(String ownerId, UUID goalId) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + LIVE
                                + " WHERE t.owner_id = $1 AND t.goal_id = $2 ORDER BY t.created_at, t.id")
                .execute(Tuple.of(ownerId, goalId))
                .map(TargetRows::all);
    }

    /**
     * Name, description, activity and thresholds as given (null: unchanged; an empty description
     * clears it); a changed condition forgets the achievement, which the evaluator then records
     * again. False when the target is not found.
     */
    public Uni<Boolean> update(SqlClient tx, String ownerId, UUID id, TargetPatch patch) {
        return tx.preparedQuery(
                        """
                UPDATE goal_targets t SET
                    name = coalesce($3, t.name),
                    description = CASE WHEN $4::text IS NULL THEN t.description ELSE nullif($4, '') END,
                    activity_id = coalesce($5, t.activity_id),
                    thresholds = coalesce($6, t.thresholds),
                    achieved_at = CASE WHEN $7 THEN NULL ELSE t.achieved_at END,
                    achieved_by = CASE WHEN $7 THEN NULL ELSE t.achieved_by END,
                    updated_at = now()
                FROM goals g
                WHERE t.owner_id = $1 AND t.id = $2
                  AND g.id = t.goal_id AND g.owner_id = t.owner_id AND g.deleted_at IS NULL""")
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        ownerId,
                                        id,
                                        patch.name(),
                                        patch.description(),
                                        patch.activityId(),
                                        patch.thresholds() == null
                                                ? null
                                                : TargetRows.json(patch.thresholds()),
                                        patch.changesCondition())))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Deletes the target (physically: targets have no trash). False when not found. */
    public Uni<Boolean> delete(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "DELETE FROM goal_targets t USING goals g WHERE t.owner_id = $1 AND t.id = $2"
                                + " AND g.id = t.goal_id AND g.owner_id = t.owner_id AND g.deleted_at IS NULL")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * The live metrics of a live activity of the tree; null when the caller has no such activity in
     * that tree.
     */
    public Uni<Set<UUID>> metricsOf(
            SqlClient client, String ownerId, UUID rootId, UUID activityId) {
        return client.preparedQuery(
                        "SELECT a.id, m.id AS metric_id FROM activity_definitions a"
                                + " LEFT JOIN metric_definitions m ON m.activity_id = a.id"
                                + " AND m.owner_id = a.owner_id AND m.deleted_at IS NULL"
                                + " WHERE a.owner_id = $1 AND a.root_id = $2 AND a.id = $3 AND a.deleted_at IS NULL")
                .execute(Tuple.of(ownerId, rootId, activityId))
                .map(
                        rows -> {
                            if (rows.size() == 0) {
                                return null;
                            }
                            Set<UUID> metrics = new HashSet<>();
                            rows.forEach(
                                    row -> {
                                        if (row.getUUID("metric_id") != null) {
                                            metrics.add(row.getUUID("metric_id"));
                                        }
                                    });
                            return metrics;
                        });
    }
}
