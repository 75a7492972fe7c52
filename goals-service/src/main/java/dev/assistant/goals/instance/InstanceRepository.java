package dev.assistant.goals.instance;

import java.time.OffsetDateTime;
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

import static dev.assistant.goals.instance.InstanceRows.COLUMNS;

/**
 * SQL for activity instances and their metric values (Vert.x client: a hot path). Every statement
 * filters on owner_id; an instance of a deleted session counts as deleted.
 */
@ApplicationScoped
public class InstanceRepository {

    /** The owner's instance $2, not deleted, nor in a deleted session. */
    private static final String LIVE =
            " owner_id = $1 AND id = $2 AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM sessions s"
                    + " WHERE s.id = session_id AND s.deleted_at IS NOT NULL)";

    /**
     * One row per instance, or a single row of nulls when the activity has none; no row when the
     * activity is not the owner's live one.
     */
    private static final String HISTORY =
            "SELECT h.* FROM activity_definitions a LEFT JOIN LATERAL (SELECT "
                    + COLUMNS
                    + ", s.name AS session_name, coalesce(s.session_start, s.created_at) AS session_at,"
                    + " coalesce((SELECT json_agg(json_build_object('id', n.id, 'setIndex', n.set_index,"
                    + "  'content', n.content, 'createdAt', n.created_at) ORDER BY n.created_at, n.id)"
                    + "  FROM notes n WHERE n.activity_instance_id = i.id AND n.owner_id = $1"
                    + "  AND n.deleted_at IS NULL), '[]') AS notes"
                    + " FROM activity_instances i LEFT JOIN sessions s ON s.id = i.session_id"
                    + " WHERE i.owner_id = $1 AND i.activity_definition_id = $2 AND i.deleted_at IS NULL"
                    + " AND (s.id IS NULL OR s.deleted_at IS NULL)"
                    + " ORDER BY i.created_at DESC, i.id DESC LIMIT $3) h ON true"
                    + " WHERE a.owner_id = $1 AND a.id = $2 AND a.deleted_at IS NULL"
                    + " ORDER BY h.created_at DESC, h.id DESC";

    @Inject Pool pool;

    /** Null when absent, deleted, or someone else's. */
    public Uni<ActivityInstance> find(String ownerId, UUID id) {
        return find(pool, ownerId, id);
    }

    public Uni<ActivityInstance> find(SqlClient client, String ownerId, UUID id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM activity_instances i WHERE" + LIVE)
                .execute(Tuple.of(ownerId, id))
                .map(InstanceRows::single);
    }

    /** The session's live instances in their order. */
    public Uni<List<ActivityInstance>> ofSession(SqlClient client, String ownerId, UUID sessionId) {
        return client.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM activity_instances i WHERE i.session_id = $2 AND i.owner_id = $1"
                                + " AND i.deleted_at IS NULL ORDER BY i.sort_order, i.created_at, i.id")
                .execute(Tuple.of(ownerId, sessionId))
                .map(InstanceRows::all);
    }

    /**
     * Adds an instance of the activity to the session, last unless a sort order is given. Null when
     * the activity is not a live one of the session's tree.
     */
    public Uni<UUID> insert(
            String ownerId, UUID sessionId, UUID activityId, Integer sortOrder, UUID id) {
        return pool.preparedQuery(
                        """
                        INSERT INTO activity_instances (id, owner_id, root_id, session_id, activity_definition_id, sort_order)
                        SELECT $5, $1, s.root_id, s.id, d.id, coalesce($4, (
                            SELECT coalesce(max(sort_order) + 1, 0) FROM activity_instances
                            WHERE session_id = s.id AND deleted_at IS NULL))
                        FROM sessions s JOIN activity_definitions d
                          ON d.owner_id = $1 AND d.id = $3 AND d.root_id = s.root_id AND d.deleted_at IS NULL
                        WHERE s.owner_id = $1 AND s.id = $2 AND s.deleted_at IS NULL
                        RETURNING id""")
                .execute(Tuple.from(Arrays.asList(ownerId, sessionId, activityId, sortOrder, id)))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getUUID(0) : null);
    }

    /** Sets each instance's sort order to its index in {@code ids}. */
    public Uni<Void> reorder(SqlClient tx, String ownerId, UUID sessionId, List<UUID> ids) {
        return tx.preparedQuery(
                        "UPDATE activity_instances i SET sort_order = (o.position - 1)::integer, updated_at = now()"
                                + " FROM unnest($3::uuid[]) WITH ORDINALITY AS o(id, position)"
                                + " WHERE i.id = o.id AND i.owner_id = $1 AND i.session_id = $2 AND i.deleted_at IS NULL")
                .execute(Tuple.of(ownerId, sessionId, ids.toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    /** Null fields stay; true when the instance was found. */
    public Uni<Boolean> update(String ownerId, UUID id, Boolean completed, Integer sortOrder) {
        return pool.preparedQuery(
                        "UPDATE activity_instances SET completed = coalesce($3, completed),"
                                + " sort_order = coalesce($4, sort_order), updated_at = now()"
                                + " WHERE"
                                + LIVE)
                .execute(Tuple.from(Arrays.asList(ownerId, id, completed, sortOrder)))
                .map(rows -> rows.rowCount() == 1);
    }

    /** True when the live instance was soft-deleted (deleted_at: the transaction's timestamp). */
    public Uni<Boolean> softDelete(SqlClient tx, String ownerId, UUID id) {
        return tx.preparedQuery(
                        "UPDATE activity_instances SET deleted_at = now(), updated_at = now() WHERE"
                                + LIVE)
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Starts the timer now, clearing an earlier stop; a running timer is left as it is. True when
     * the instance exists.
     */
    public Uni<Boolean> start(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "UPDATE activity_instances SET time_start = CASE WHEN time_start IS NOT NULL"
                                + " AND time_stop IS NULL THEN time_start ELSE now() END,"
                                + " time_stop = NULL, duration_seconds = NULL, updated_at = now() WHERE"
                                + LIVE)
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Stops a running timer that started before now; false when there is none (never started,
     * already stopped, starting in the future, or no such instance).
     */
    public Uni<Boolean> stop(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "UPDATE activity_instances SET time_stop = now(),"
                                + " duration_seconds = floor(extract(epoch FROM (now() - time_start)))::integer,"
                                + " updated_at = now() WHERE"
                                + LIVE
                                + " AND time_start <= now() AND time_stop IS NULL")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Sets both times (either may be null); the duration follows. True when found. */
    public Uni<Boolean> setTimes(
            String ownerId, UUID id, OffsetDateTime timeStart, OffsetDateTime timeStop) {
        return pool.preparedQuery(
                        "UPDATE activity_instances SET time_start = $3, time_stop = $4,"
                                + " duration_seconds = CASE WHEN $3::timestamptz IS NOT NULL AND $4::timestamptz IS NOT NULL"
                                + " THEN floor(extract(epoch FROM ($4::timestamptz - $3::timestamptz)))::integer END,"
                                + " updated_at = now() WHERE"
                                + LIVE)
                .execute(Tuple.from(Arrays.asList(ownerId, id, timeStart, timeStop)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * The activity's last {@code limit} instances, newest first, each with its session, values and
     * notes; null when the activity is not the owner's live one. One statement: the activity row
     * (primary key) decides ownership, so an unknown or foreign activity costs no second round
     * trip; then activity_instances_definition_idx and per instance the values' and notes' indexes.
     * Instances of deleted sessions are left out.
     */
    public Uni<List<HistoryEntry>> history(String ownerId, UUID activityId, int limit) {
        return pool.preparedQuery(HISTORY)
                .execute(Tuple.of(ownerId, activityId, limit))
                .map(InstanceRepository::historyEntries);
    }

    private static List<HistoryEntry> historyEntries(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (row.getUUID("id") != null) {
                entries.add(InstanceRows.historyEntry(row));
            }
        }
        return entries;
    }

    /** Replaces the instance's metric values. */
    public Uni<Void> replaceValues(
            SqlClient tx, String ownerId, UUID instanceId, List<MetricValue> values) {
        int n = values.size();
        UUID[] metrics = new UUID[n];
        UUID[] splits = new UUID[n];
        Integer[] sets = new Integer[n];
        Double[] numbers = new Double[n];
        for (int i = 0; i < n; i++) {
            metrics[i] = values.get(i).metricId();
            splits[i] = values.get(i).splitId();
            sets[i] = values.get(i).setIndex();
            numbers[i] = values.get(i).value();
        }
        return tx.preparedQuery(
                        "DELETE FROM metric_values WHERE owner_id = $1 AND activity_instance_id = $2")
                .execute(Tuple.of(ownerId, instanceId))
                .chain(
                        () ->
                                tx.preparedQuery(
                                                "INSERT INTO metric_values (id, owner_id, activity_instance_id,"
                                                        + " metric_definition_id, split_definition_id, set_index, value)"
                                                        + " SELECT gen_random_uuid(), $1, $2, m, s, n, v"
                                                        + " FROM unnest($3::uuid[], $4::uuid[], $5::integer[], $6::float8[]) AS x(m, s, n, v)")
                                        .execute(
                                                Tuple.of(
                                                        ownerId,
                                                        instanceId,
                                                        metrics,
                                                        splits,
                                                        sets,
                                                        numbers)))
                .chain(
                        () ->
                                tx.preparedQuery(
                                                "UPDATE activity_instances SET updated_at = now()"
                                                        + " WHERE owner_id = $1 AND id = $2")
                                        .execute(Tuple.of(ownerId, instanceId)))
                .replaceWithVoid();
    }
}
