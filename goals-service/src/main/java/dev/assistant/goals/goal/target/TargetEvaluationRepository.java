package dev.assistant.goals.goal.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.goals.goal.target.TargetRows.COLUMNS;

/**
 * Which targets activity instances meet, in SQL next to the data: an instance meets a target of its
 * activity (whose goal is live) when, for every threshold, some value of that metric recorded on
 * the instance (any set, any split) is at least the threshold's min. A deleted instance, or one of
 * a deleted session, meets nothing.
 */
@ApplicationScoped
public class TargetEvaluationRepository {

    /** Live instances (i, their session s) with the live targets (t) of their activity. */
    private static final String CANDIDATES =
            " FROM activity_instances i"
                    + " LEFT JOIN sessions s ON s.id = i.session_id AND s.owner_id = i.owner_id"
                    + " JOIN goal_targets t ON t.owner_id = i.owner_id AND t.activity_id = i.activity_definition_id"
                    + " JOIN goals g ON g.id = t.goal_id AND g.owner_id = t.owner_id AND g.deleted_at IS NULL"
                    + " WHERE i.owner_id = $1 AND i.deleted_at IS NULL"
                    + " AND (i.session_id IS NULL OR s.deleted_at IS NULL)";

    /** No threshold of t lacks a value of its metric on i at or above its min. */
    private static final String MEETS =
            " AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(t.thresholds) AS th(\"metricId\" uuid, min float8)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM metric_values v WHERE v.owner_id = i.owner_id"
                    + " AND v.activity_instance_id = i.id AND v.metric_definition_id = th.\"metricId\""
                    + " AND v.value >= th.min))";

    /** When the practice that met a target happened. */
    private static final String MOMENT = "coalesce(i.time_start, s.session_start, i.created_at)";

    @Inject Pool pool;

    public Uni<Boolean> sessionExists(String ownerId, UUID sessionId) {
        return pool.preparedQuery(
                        "SELECT 1 FROM sessions WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, sessionId))
                .map(rows -> rows.size() == 1);
    }

    public Uni<Boolean> instanceExists(String ownerId, UUID instanceId) {
        return pool.preparedQuery(
                        "SELECT 1 FROM activity_instances i"
                                + " LEFT JOIN sessions s ON s.id = i.session_id AND s.owner_id = i.owner_id"
                                + " WHERE i.owner_id = $1 AND i.id = $2 AND i.deleted_at IS NULL"
                                + " AND (i.session_id IS NULL OR s.deleted_at IS NULL)")
                .execute(Tuple.of(ownerId, instanceId))
                .map(rows -> rows.size() == 1);
    }

    /** The targets the session's instances meet, each with those instances in session order. */
    public Uni<List<MetTarget>> metBySession(String ownerId, UUID sessionId) {
        return met(ownerId, "i.session_id = $2", sessionId);
    }

    public Uni<List<MetTarget>> metByInstance(String ownerId, UUID instanceId) {
        return met(ownerId, "i.id = $2", instanceId);
    }

    private Uni<List<MetTarget>> met(String ownerId, String instances, UUID id) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + ", array_agg(i.id ORDER BY i.sort_order, i.created_at, i.id) AS met_by"
                                + CANDIDATES
                                + " AND "
                                + instances
                                + MEETS
                                + " GROUP BY t.id ORDER BY t.created_at, t.id")
                .execute(Tuple.of(ownerId, id))
                .map(TargetEvaluationRepository::metTargets);
    }

    private static List<MetTarget> metTargets(RowSet<Row> rows) {
        List<MetTarget> met = new ArrayList<>(rows.size());
        rows.forEach(
                row ->
                        met.add(
                                new MetTarget(
                                        TargetRows.of(row),
                                        Arrays.asList(row.getArrayOfUUIDs("met_by")))));
        return met;
    }

    /**
     * Records, on targets not yet achieved, the earliest instance (selected by {@code condition} on
     * i or t, parameter $2) that meets them; returns the targets newly achieved.
     */
    public Uni<List<UUID>> recordFirstAchievements(
            SqlClient tx, String ownerId, String condition, UUID id) {
        return tx.preparedQuery(
                        "UPDATE goal_targets target SET achieved_at = first.at, achieved_by = first.instance_id,"
                                + " updated_at = now()"
                                + " FROM (SELECT DISTINCT ON (t.id) t.id AS target_id, i.id AS instance_id, "
                                + MOMENT
                                + " AS at"
                                + CANDIDATES
                                + " AND t.achieved_at IS NULL AND "
                                + condition
                                + MEETS
                                + " ORDER BY t.id, at, i.id) first"
                                + " WHERE target.owner_id = $1 AND target.id = first.target_id"
                                + " AND target.achieved_at IS NULL RETURNING target.id")
                .execute(Tuple.of(ownerId, id))
                .map(
                        rows -> {
                            List<UUID> ids = new ArrayList<>(rows.size());
                            rows.forEach(row -> ids.add(row.getUUID("id")));
                            return ids;
                        });
    }
}
