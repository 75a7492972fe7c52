package dev.assistant.goals.export;

import java.util.List;
import java.util.Map;

import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.outbox.Lane;
import dev.assistant.events.outbox.OutboxSql;

import static dev.assistant.events.outbox.OutboxSql.instant;
import static java.util.Map.entry;

/**
 * The events an imported tree announces, as the legacy importer (migration-job) announces the same
 * rows: {@code goal.created} per goal (with its state, completion included) in tree order, then
 * {@code goal.deleted} per soft-deleted goal; {@code note.saved} per note, then {@code
 * note.deleted} per soft-deleted one; {@code session.completed} per completed session that is not
 * deleted (the contract has no event that would take it back). Each is one {@code INSERT INTO
 * outbox ... SELECT} over the rows just inserted ($1 owner, $2 new root, $3 the request's
 * traceparent), run in the import's transaction. They go to the bulk lane: a large import must not
 * hold back other users' live events.
 */
final class ImportEvents {

    private ImportEvents() {}

    /**
     * The tree's goals with a path of sibling ranks (sort order, then age, then id, as the tree API
     * orders siblings): ordering by it is pre-order, each goal before its children.
     */
    private static final String TREE =
            """
            WITH RECURSIVE ranked AS (
                SELECT g.*, row_number() OVER (PARTITION BY g.parent_id ORDER BY g.sort_order, g.created_at, g.id) AS rank
                  FROM goals g WHERE g.owner_id = $1 AND g.root_id = $2),
            tree AS (
                SELECT r.*, ARRAY[r.rank] AS path FROM ranked r WHERE r.parent_id IS NULL
                UNION ALL
                SELECT r.*, t.path || r.rank FROM ranked r JOIN tree t ON r.parent_id = t.id)
            """;

    private static final String TRACE = "$3::text";

    private static final Map<String, String> GOAL_STATE =
            Map.ofEntries(
                    entry("goalId", "g.id"),
                    entry("ownerId", "g.owner_id"),
                    entry("rootId", "g.root_id"),
                    entry("parentId", "g.parent_id"),
                    entry("level", "g.level"),
                    entry("title", "g.title"),
                    entry("description", "g.description"),
                    entry("deadline", "g.deadline"),
                    entry("completedAt", instant("g.completed_at")),
                    entry("updatedAt", instant("g.updated_at")));

    private static final Map<String, String> NOTE_SAVED =
            Map.ofEntries(
                    entry("noteId", "n.id"),
                    entry("ownerId", "n.owner_id"),
                    entry("rootId", "n.root_id"),
                    entry("contextType", "n.context_type"),
                    entry("sessionId", "n.session_id"),
                    entry("activityInstanceId", "n.activity_instance_id"),
                    entry("activityDefinitionId", "n.activity_definition_id"),
                    entry("setIndex", "n.set_index"),
                    entry("content", "n.content"),
                    entry("createdAt", instant("n.created_at")),
                    entry("updatedAt", instant("n.updated_at")));

    private static final Map<String, String> SESSION_COMPLETED =
            Map.ofEntries(
                    entry("sessionId", "s.id"),
                    entry("ownerId", "s.owner_id"),
                    entry("rootId", "s.root_id"),
                    entry("name", "s.name"),
                    entry("description", "s.description"),
                    entry("sessionStart", instant("s.session_start")),
                    entry("sessionEnd", instant("s.session_end")),
                    entry("totalDurationSeconds", "s.total_duration_seconds"),
                    entry(
                            "goalIds",
                            "(SELECT coalesce(jsonb_agg(sg.goal_id ORDER BY sg.created_at, sg.goal_id),"
                                    + " '[]'::jsonb) FROM session_goals sg"
                                    + " WHERE sg.session_id = s.id AND sg.owner_id = s.owner_id)"),
                    entry("completedAt", instant("coalesce(s.completed_at, s.updated_at)")));

    private static final String NOTES = "notes n WHERE n.owner_id = $1 AND n.root_id = $2";

    /** In the order they run, which is the order the events are published in. */
    static final List<String> STATEMENTS =
            List.of(
                    TREE
                            + OutboxSql.insertSelect(
                                    GoalsEvents.GOAL_CREATED,
                                    Lane.BULK,
                                    GOAL_STATE,
                                    TRACE,
                                    "tree g",
                                    "g.path"),
                    TREE
                            + OutboxSql.insertSelect(
                                    GoalsEvents.GOAL_DELETED,
                                    Lane.BULK,
                                    Map.of(
                                            "goalId", "g.id",
                                            "rootId", "g.root_id",
                                            "ownerId", "g.owner_id"),
                                    TRACE,
                                    "tree g WHERE g.deleted_at IS NOT NULL",
                                    "g.path"),
                    OutboxSql.insertSelect(
                            GoalsEvents.NOTE_SAVED,
                            Lane.BULK,
                            NOTE_SAVED,
                            TRACE,
                            NOTES,
                            "n.created_at, n.id"),
                    OutboxSql.insertSelect(
                            GoalsEvents.NOTE_DELETED,
                            Lane.BULK,
                            Map.of("noteId", "n.id", "ownerId", "n.owner_id"),
                            TRACE,
                            NOTES + " AND n.deleted_at IS NOT NULL",
                            "n.created_at, n.id"),
                    OutboxSql.insertSelect(
                            GoalsEvents.SESSION_COMPLETED,
                            Lane.BULK,
                            SESSION_COMPLETED,
                            TRACE,
                            "sessions s WHERE s.owner_id = $1 AND s.root_id = $2 AND s.completed"
                                    + " AND s.deleted_at IS NULL",
                            "coalesce(s.completed_at, s.updated_at), s.id"));
}
