package dev.assistant.goals.note;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.goals.note.NoteRows.COLUMNS;

/**
 * SQL for notes (Vert.x client: each write publishes an event). Every statement filters on
 * owner_id.
 */
@ApplicationScoped
public class NoteRepository {

    private static final String LIVE = "owner_id = $1 AND id = $2 AND deleted_at IS NULL";

    @Inject Pool pool;

    /**
     * Inserts the note if what it is about is still live: its session and tree's root, its
     * instance, or (for a note about an activity, which a tree's deletion leaves) the activity.
     * Those rows are locked FOR SHARE, so a deletion of one of them either commits first (the check
     * then sees it: null, nothing written) or waits for this insert and then takes the new note
     * with it (NoteCascade). Null when the context went meanwhile.
     */
    public Uni<Note> insert(SqlClient tx, Note n) {
        return tx.preparedQuery(
                        "INSERT INTO notes (id, owner_id, root_id, context_type, session_id,"
                                + " activity_instance_id, activity_definition_id, set_index, content)"
                                + " SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9"
                                + " WHERE ($4 = 'activity_definition' OR EXISTS (SELECT 1 FROM goals g"
                                + " WHERE g.id = $3 AND g.owner_id = $2 AND g.deleted_at IS NULL FOR SHARE))"
                                + " AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = $5"
                                + " AND s.owner_id = $2 AND s.deleted_at IS NULL FOR SHARE))"
                                + " AND ($6::uuid IS NULL OR EXISTS (SELECT 1 FROM activity_instances i"
                                + " WHERE i.id = $6 AND i.owner_id = $2 AND i.deleted_at IS NULL FOR SHARE))"
                                + " AND ($4 <> 'activity_definition' OR EXISTS (SELECT 1"
                                + " FROM activity_definitions a WHERE a.id = $7 AND a.owner_id = $2"
                                + " AND a.deleted_at IS NULL FOR SHARE))"
                                + " RETURNING "
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        n.id(),
                                        n.ownerId(),
                                        n.rootId(),
                                        n.contextType(),
                                        n.sessionId(),
                                        n.activityInstanceId(),
                                        n.activityDefinitionId(),
                                        n.setIndex(),
                                        n.content())))
                .map(NoteRows::single);
    }

    /** Null when absent, deleted, or someone else's. */
    public Uni<Note> find(String ownerId, UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM notes WHERE " + LIVE)
                .execute(Tuple.of(ownerId, id))
                .map(NoteRows::single);
    }

    /** Null when absent. */
    public Uni<Note> updateContent(SqlClient tx, String ownerId, UUID id, String content) {
        return tx.preparedQuery(
                        "UPDATE notes SET content = coalesce($3, content), updated_at = now() WHERE "
                                + LIVE
                                + " RETURNING "
                                + COLUMNS)
                .execute(Tuple.of(ownerId, id, content))
                .map(NoteRows::single);
    }

    public Uni<Boolean> softDelete(SqlClient tx, String ownerId, UUID id) {
        return tx.preparedQuery(
                        "UPDATE notes SET deleted_at = now(), updated_at = now() WHERE " + LIVE)
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Soft-deletes the session's live notes (about it, or about one of its live instances or their
     * sets) at the transaction's timestamp, the session's deleted_at; their ids, oldest first.
     */
    public Uni<List<UUID>> softDeleteOfSession(SqlClient tx, String ownerId, UUID sessionId) {
        return softDeleteWhere(
                tx,
                "(session_id = $2 OR activity_instance_id = ANY (ARRAY(SELECT i.id"
                        + " FROM activity_instances i WHERE i.owner_id = $1 AND i.session_id = $2"
                        + " AND i.deleted_at IS NULL)))",
                Tuple.of(ownerId, sessionId));
    }

    /**
     * Soft-deletes the live notes about the activity definition (not those about its instances,
     * which stay with their sessions), as the session's above.
     */
    public Uni<List<UUID>> softDeleteOfActivity(SqlClient tx, String ownerId, UUID activityId) {
        return softDeleteWhere(
                tx,
                "context_type = 'activity_definition' AND activity_definition_id = $2",
                Tuple.of(ownerId, activityId));
    }

    /** Soft-deletes the instance's live notes (its sets' too), as the session's above. */
    public Uni<List<UUID>> softDeleteOfInstance(SqlClient tx, String ownerId, UUID instanceId) {
        return softDeleteWhere(tx, "activity_instance_id = $2", Tuple.of(ownerId, instanceId));
    }

    /**
     * Soft-deletes the live notes of the tree's sessions and instances (not those about its
     * activity definitions) at the transaction's timestamp, its root's deleted_at (notes_root_idx).
     */
    public Uni<List<UUID>> softDeleteOfTree(SqlClient tx, String ownerId, UUID rootId) {
        return softDeleteWhere(
                tx,
                "root_id = $2 AND context_type <> 'activity_definition'",
                Tuple.of(ownerId, rootId));
    }

    private Uni<List<UUID>> softDeleteWhere(SqlClient tx, String condition, Tuple params) {
        return tx.preparedQuery(
                        "WITH gone AS (UPDATE notes SET deleted_at = now(), updated_at = now()"
                                + " WHERE owner_id = $1 AND deleted_at IS NULL AND "
                                + condition
                                + " RETURNING id, created_at)"
                                + " SELECT id FROM gone ORDER BY created_at, id")
                .execute(params)
                .map(
                        rows -> {
                            List<UUID> ids = new ArrayList<>(rows.size());
                            rows.forEach(row -> ids.add(row.getUUID("id")));
                            return ids;
                        });
    }

    /**
     * Brings back the tree's notes deleted at {@code deletedAt} (with its root), oldest first; not
     * those whose session or instance is deleted now (they went with it since).
     */
    public Uni<List<Note>> restoreOfTree(
            SqlClient tx, String ownerId, UUID rootId, OffsetDateTime deletedAt) {
        return tx.preparedQuery(
                        "WITH back AS (UPDATE notes n SET deleted_at = NULL, updated_at = now()"
                                + " WHERE n.owner_id = $1 AND n.root_id = $2 AND n.deleted_at = $3"
                                + " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = n.session_id"
                                + "  AND s.deleted_at IS NOT NULL)"
                                + " AND NOT EXISTS (SELECT 1 FROM activity_instances i"
                                + "  LEFT JOIN sessions s ON s.id = i.session_id"
                                + "  WHERE i.id = n.activity_instance_id"
                                + "  AND (i.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL))"
                                + " RETURNING "
                                + COLUMNS
                                + ") SELECT "
                                + COLUMNS
                                + " FROM back ORDER BY created_at, id")
                .execute(Tuple.of(ownerId, rootId, deletedAt))
                .map(NoteRows::all);
    }

    /** Newest first, after the cursor when given, narrowed by the filter. */
    public Uni<List<Note>> page(String ownerId, NoteFilter filter, Cursor after, int limit) {
        KeysetQuery query =
                new KeysetQuery(COLUMNS, "notes", ownerId)
                        .and("deleted_at IS NULL")
                        .and("session_id = ?", filter.sessionId())
                        .and("activity_instance_id = ?", filter.activityInstanceId())
                        .and("activity_definition_id = ?", filter.activityDefinitionId())
                        .newestFirst("created_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(NoteRows::all);
    }

    /**
     * Notes of earlier sessions (by start, else creation, before {@code before}) about the
     * activities this session has instances of, newest first (notes_definition_idx).
     */
    public Uni<List<Note>> previous(
            String ownerId, UUID sessionId, OffsetDateTime before, int limit) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM notes n WHERE n.owner_id = $1 AND n.deleted_at IS NULL"
                                + " AND n.activity_definition_id IN (SELECT i.activity_definition_id"
                                + "  FROM activity_instances i WHERE i.owner_id = $1 AND i.session_id = $2"
                                + "  AND i.deleted_at IS NULL)"
                                + " AND n.session_id <> $2 AND EXISTS (SELECT 1 FROM sessions s"
                                + "  WHERE s.id = n.session_id AND s.owner_id = $1 AND s.deleted_at IS NULL"
                                + "  AND coalesce(s.session_start, s.created_at) < $3)"
                                + " ORDER BY n.created_at DESC, n.id DESC LIMIT $4")
                .execute(Tuple.of(ownerId, sessionId, before, limit))
                .map(NoteRows::all);
    }
}
