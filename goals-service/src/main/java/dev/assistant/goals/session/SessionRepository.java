package dev.assistant.goals.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.goals.session.SessionRows.COLUMNS;
import static dev.assistant.goals.session.SessionRows.POSITION;

/**
 * SQL for sessions and their goal links (Vert.x client: completing one publishes an event). Also
 * writes the instances a session starts with (from a template, or copied by a duplicate), since
 * they are created with it in one transaction. Every statement filters on owner_id.
 */
@ApplicationScoped
public class SessionRepository {

    private static final String LIVE = "owner_id = $1 AND id = $2 AND deleted_at IS NULL";

    @Inject Pool pool;

    public Uni<Session> insert(SqlClient tx, UUID id, String ownerId, SessionRequest r) {
        return tx.preparedQuery(
                        "INSERT INTO sessions (id, owner_id, root_id, name, description, template_id,"
                                + " program_day_id, session_start, session_end, attributes)"
                                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING "
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        id,
                                        ownerId,
                                        r.rootId(),
                                        r.name().strip(),
                                        r.description(),
                                        r.templateId(),
                                        r.programDayId(),
                                        r.sessionStart(),
                                        r.sessionEnd(),
                                        SessionRows.json(r.attributes()))))
                .map(SessionRows::single);
    }

    /** Null when absent, deleted, or someone else's. */
    public Uni<Session> find(SqlClient client, String ownerId, UUID id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM sessions WHERE " + LIVE)
                .execute(Tuple.of(ownerId, id))
                .map(SessionRows::single);
    }

    public Uni<Session> find(String ownerId, UUID id) {
        return find(pool, ownerId, id);
    }

    /** Locks the session's row for the rest of the transaction; null when absent. */
    public Uni<Session> lock(SqlClient tx, String ownerId, UUID id) {
        return tx.preparedQuery(
                        "SELECT " + COLUMNS + " FROM sessions WHERE " + LIVE + " FOR NO KEY UPDATE")
                .execute(Tuple.of(ownerId, id))
                .map(SessionRows::single);
    }

    /** Writes every editable field (the service merged the patch); null when absent. */
    public Uni<Session> update(SqlClient tx, Session s) {
        return tx.preparedQuery(
                        "UPDATE sessions SET name = $3, description = $4, session_start = $5,"
                                + " session_end = $6, duration_minutes = $7, attributes = $8,"
                                + " updated_at = now() WHERE "
                                + LIVE
                                + " RETURNING "
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        s.ownerId(),
                                        s.id(),
                                        s.name(),
                                        s.description(),
                                        s.sessionStart(),
                                        s.sessionEnd(),
                                        s.durationMinutes(),
                                        SessionRows.json(s.attributes()))))
                .map(SessionRows::single);
    }

    /**
     * True when a live session of this owner was soft-deleted (deleted_at is the transaction's
     * timestamp, which its notes deleted with it share).
     */
    public Uni<Boolean> softDelete(SqlClient tx, String ownerId, UUID id) {
        return tx.preparedQuery(
                        "UPDATE sessions SET deleted_at = now(), updated_at = now() WHERE " + LIVE)
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Marks a not yet completed session complete: it ends now if it has started and has no end, and
     * its total duration is its instances' timed seconds (or its start to end when none was timed).
     * Null when the session is absent or was already complete.
     */
    public Uni<Session> complete(SqlClient tx, String ownerId, UUID id) {
        String end = "coalesce(session_end, CASE WHEN session_start <= now() THEN now() END)";
        return tx.preparedQuery(
                        "UPDATE sessions SET completed = true, completed_at = now(), updated_at = now(),"
                                + " session_end = "
                                + end
                                + ", total_duration_seconds = coalesce("
                                + "(SELECT sum(i.duration_seconds) FROM activity_instances i"
                                + "  WHERE i.owner_id = $1 AND i.session_id = sessions.id AND i.deleted_at IS NULL),"
                                + " extract(epoch FROM "
                                + end
                                + " - session_start)::integer, total_duration_seconds)"
                                + " WHERE "
                                + LIVE
                                + " AND NOT completed RETURNING "
                                + COLUMNS)
                .execute(Tuple.of(ownerId, id))
                .map(SessionRows::single);
    }

    /** Newest first (by start, else creation), after the cursor when given. */
    public Uni<List<Session>> page(String ownerId, SessionFilter filter, Cursor after, int limit) {
        KeysetQuery query =
                new KeysetQuery(COLUMNS, "sessions", ownerId)
                        .and("deleted_at IS NULL")
                        .and("root_id = ?", filter.rootId())
                        .and(POSITION + " >= ?", filter.from())
                        .and(POSITION + " < ?", filter.until())
                        .newestFirst(POSITION, after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(SessionRows::all);
    }

    /** The levels of those of {@code ids} that are the owner's live goals in the tree. */
    public Uni<Map<UUID, String>> goalLevels(String ownerId, UUID rootId, List<UUID> ids) {
        return pool.preparedQuery(
                        "SELECT id, level FROM goals WHERE owner_id = $1 AND root_id = $2"
                                + " AND id = ANY($3) AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, rootId, ids.toArray(UUID[]::new)))
                .map(
                        rows -> {
                            Map<UUID, String> levels = new HashMap<>();
                            rows.forEach(
                                    row -> levels.put(row.getUUID("id"), row.getString("level")));
                            return levels;
                        });
    }

    /** Replaces the session's goal links. */
    public Uni<Void> replaceGoals(
            SqlClient tx, String ownerId, UUID sessionId, List<GoalLink> links) {
        List<UUID> goals = new ArrayList<>();
        List<String> types = new ArrayList<>();
        links.forEach(
                link -> {
                    goals.add(link.goalId());
                    types.add(link.type());
                });
        return tx.preparedQuery("DELETE FROM session_goals WHERE owner_id = $1 AND session_id = $2")
                .execute(Tuple.of(ownerId, sessionId))
                .chain(
                        () ->
                                tx.preparedQuery(
                                                "INSERT INTO session_goals (session_id, goal_id, owner_id, goal_type)"
                                                        + " SELECT $2, g, $1, t FROM unnest($3::uuid[], $4::text[]) AS l(g, t)")
                                        .execute(
                                                Tuple.of(
                                                        ownerId,
                                                        sessionId,
                                                        goals.toArray(UUID[]::new),
                                                        types.toArray(String[]::new))))
                .replaceWithVoid();
    }

    /** True when the template is the owner's, live, and of this tree. */
    public Uni<Boolean> templateExists(String ownerId, UUID rootId, UUID templateId) {
        return exists(
                "SELECT EXISTS (SELECT 1 FROM session_templates WHERE owner_id = $1 AND id = $2"
                        + " AND root_id = $3 AND deleted_at IS NULL)",
                Tuple.of(ownerId, templateId, rootId));
    }

    /** True when the program day is the owner's, in a live program of this tree. */
    public Uni<Boolean> programDayExists(String ownerId, UUID rootId, UUID programDayId) {
        return exists(
                "SELECT EXISTS (SELECT 1 FROM program_days d"
                        + " JOIN program_blocks b ON b.id = d.block_id"
                        + " JOIN programs p ON p.id = b.program_id"
                        + " WHERE d.owner_id = $1 AND d.id = $2 AND p.owner_id = $1 AND p.root_id = $3"
                        + " AND p.deleted_at IS NULL)",
                Tuple.of(ownerId, programDayId, rootId));
    }

    /**
     * The template's activities as the session's instances, in section then activity order
     * (template_data {"sections":[{"activities":[{"activity_id": ...}]}]}; activityId accepted
     * too). Entries naming no live activity of the tree are skipped: a template outlives the
     * activities it was written with.
     */
    public Uni<Integer> instancesFromTemplate(
            SqlClient tx, String ownerId, UUID sessionId, UUID rootId, UUID templateId) {
        return tx.preparedQuery(
                        """
                        WITH listed AS (
                            SELECT coalesce(a.activity ->> 'activity_id', a.activity ->> 'activityId') AS ref,
                                   s.section_order, a.activity_order
                            FROM session_templates t,
                                 jsonb_array_elements(CASE jsonb_typeof(t.template_data -> 'sections')
                                     WHEN 'array' THEN t.template_data -> 'sections' ELSE '[]' END)
                                     WITH ORDINALITY AS s(section, section_order),
                                 jsonb_array_elements(CASE jsonb_typeof(s.section -> 'activities')
                                     WHEN 'array' THEN s.section -> 'activities' ELSE '[]' END)
                                     WITH ORDINALITY AS a(activity, activity_order)
                            WHERE t.owner_id = $1 AND t.id = $4 AND jsonb_typeof(a.activity) = 'object')
                        INSERT INTO activity_instances (id, owner_id, root_id, session_id, activity_definition_id, sort_order)
                        SELECT gen_random_uuid(), $1, $3, $2, d.id,
                               (row_number() OVER (ORDER BY l.section_order, l.activity_order) - 1)::integer
                        FROM listed l
                        JOIN activity_definitions d ON d.owner_id = $1 AND d.root_id = $3 AND d.deleted_at IS NULL
                            AND d.id::text = lower(l.ref)""")
                .execute(Tuple.of(ownerId, sessionId, rootId, templateId))
                .map(rows -> rows.rowCount());
    }

    /**
     * Copies a session (not its times, completion or program day) with its goal links and its
     * instances (not their times or values); null when the source is absent.
     */
    public Uni<UUID> duplicate(SqlClient tx, String ownerId, UUID sourceId, UUID copyId) {
        return tx.preparedQuery(
                        "INSERT INTO sessions (id, owner_id, root_id, name, description, template_id, attributes)"
                                + " SELECT $3, owner_id, root_id, name, description, template_id, attributes"
                                + " FROM sessions WHERE "
                                + LIVE
                                + " RETURNING id")
                .execute(Tuple.of(ownerId, sourceId, copyId))
                .chain(
                        rows ->
                                rows.rowCount() == 0
                                        ? Uni.createFrom().nullItem()
                                        : copyChildren(tx, ownerId, sourceId, copyId));
    }

    private Uni<UUID> copyChildren(SqlClient tx, String ownerId, UUID sourceId, UUID copyId) {
        return tx.preparedQuery(
                        "INSERT INTO session_goals (session_id, goal_id, owner_id, goal_type)"
                                + " SELECT $3, goal_id, owner_id, goal_type FROM session_goals"
                                + " WHERE owner_id = $1 AND session_id = $2")
                .execute(Tuple.of(ownerId, sourceId, copyId))
                .chain(
                        () ->
                                tx.preparedQuery(
                                                "INSERT INTO activity_instances (id, owner_id, root_id, session_id,"
                                                        + " activity_definition_id, sort_order)"
                                                        + " SELECT gen_random_uuid(), owner_id, root_id, $3,"
                                                        + " activity_definition_id, sort_order FROM activity_instances"
                                                        + " WHERE owner_id = $1 AND session_id = $2 AND deleted_at IS NULL")
                                        .execute(Tuple.of(ownerId, sourceId, copyId)))
                .replaceWith(copyId);
    }

    private Uni<Boolean> exists(String sql, Tuple params) {
        return pool.preparedQuery(sql)
                .execute(params)
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
