package dev.assistant.goals.goal;

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

import static dev.assistant.goals.goal.GoalRows.COLUMNS;

/**
 * SQL for goals. Every statement filters on owner_id; reads hide soft-deleted rows unless their
 * name says otherwise. Writes run on the caller's transaction, which also holds their events.
 */
@ApplicationScoped
public class GoalRepository {

    /** Deleted roots of subtrees: a deleted goal whose parent was not deleted with it. */
    private static final String TRASH =
            "(SELECT g.* FROM goals g WHERE g.deleted_at IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM goals p WHERE p.id = g.parent_id AND p.owner_id = g.owner_id"
                    + " AND p.deleted_at = g.deleted_at)) trash";

    @Inject Pool pool;

    public Uni<Goal> insert(SqlClient tx, Goal goal) {
        return tx.preparedQuery(
                        "INSERT INTO goals (id, owner_id, root_id, parent_id, level, title, description,"
                                + " deadline, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                                + " RETURNING "
                                + COLUMNS)
                .execute(insertValues(goal))
                .map(GoalRows::single);
    }

    /** Inserts new goals (a copied subtree) in one round trip. */
    public Uni<Void> insertAll(SqlClient tx, List<Goal> goals) {
        return tx.preparedQuery(
                        "INSERT INTO goals (id, owner_id, root_id, parent_id, level, title, description,"
                                + " deadline, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .executeBatch(goals.stream().map(GoalRepository::insertValues).toList())
                .replaceWithVoid();
    }

    private static Tuple insertValues(Goal goal) {
        return Tuple.from(
                Arrays.asList(
                        goal.id(),
                        goal.ownerId(),
                        goal.rootId(),
                        goal.parentId(),
                        goal.level().name(),
                        goal.title(),
                        goal.description(),
                        goal.deadline(),
                        goal.sortOrder()));
    }

    /** Null when absent, deleted, or someone else's. */
    public Uni<Goal> find(SqlClient client, String ownerId, UUID id) {
        return client.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, id))
                .map(GoalRows::single);
    }

    public Uni<Goal> find(String ownerId, UUID id) {
        return find(pool, ownerId, id);
    }

    /** Deleted or not; null when absent or someone else's. */
    public Uni<Goal> findAny(SqlClient client, String ownerId, UUID id) {
        return client.preparedQuery(
                        "SELECT " + COLUMNS + " FROM goals WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(GoalRows::single);
    }

    /**
     * Locks a tree (its root's row) until the transaction ends, so structural changes of one tree
     * (move, copy, delete, restore, level) run one at a time and see each other's result: two
     * concurrent moves could otherwise each pass the cycle check and together make a cycle.
     */
    public Uni<Void> lockTree(SqlClient tx, String ownerId, UUID rootId) {
        return tx.preparedQuery("SELECT id FROM goals WHERE owner_id = $1 AND id = $2 FOR UPDATE")
                .execute(Tuple.of(ownerId, rootId))
                .replaceWithVoid();
    }

    public Uni<List<Goal>> roots(String ownerId) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals WHERE owner_id = $1 AND parent_id IS NULL AND deleted_at IS NULL"
                                + " ORDER BY sort_order, created_at, id")
                .execute(Tuple.of(ownerId))
                .map(GoalRows::all);
    }

    /**
     * Every live goal of a tree, unordered: one lookup on the (owner_id, root_id) index, which
     * works because every row carries its tree's root_id.
     */
    public Uni<List<Goal>> tree(SqlClient client, String ownerId, UUID rootId) {
        return client.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals WHERE owner_id = $1 AND root_id = $2 AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, rootId))
                .map(GoalRows::all);
    }

    /**
     * The live tree that goal {@code id} belongs to, unordered; empty when the goal is not live.
     */
    public Uni<List<Goal>> treeOf(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals WHERE owner_id = $1 AND deleted_at IS NULL AND root_id ="
                                + " (SELECT root_id FROM goals WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL)")
                .execute(Tuple.of(ownerId, id))
                .map(GoalRows::all);
    }

    /** The deleted goals of a tree (for a restore), unordered. */
    public Uni<List<Goal>> deletedOfTree(SqlClient tx, String ownerId, UUID rootId) {
        return tx.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals WHERE owner_id = $1 AND root_id = $2 AND deleted_at IS NOT NULL")
                .execute(Tuple.of(ownerId, rootId))
                .map(GoalRows::all);
    }

    /** Title, description, deadline and sort order as the patch says. Null when not live. */
    public Uni<Goal> update(SqlClient tx, String ownerId, UUID id, GoalPatch patch) {
        return tx.preparedQuery(
                        """
                UPDATE goals SET
                    title = coalesce($3, title),
                    description = CASE WHEN $4 THEN $5 ELSE description END,
                    deadline = CASE WHEN $6 THEN $7::date ELSE deadline END,
                    sort_order = coalesce($8, sort_order),
                    updated_at = now()
                WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING\s"""
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        ownerId,
                                        id,
                                        patch.getTitle(),
                                        patch.descriptionGiven(),
                                        patch.getDescription(),
                                        patch.deadlineGiven(),
                                        patch.getDeadline(),
                                        patch.getSortOrder())))
                .map(GoalRows::single);
    }

    /**
     * Completes or reopens a live goal; null when it is not live or already in that state (so
     * concurrent completions change it, and announce it, once).
     */
    public Uni<Goal> setCompleted(SqlClient tx, String ownerId, UUID id, boolean completed) {
        return tx.preparedQuery(
                        "UPDATE goals SET completed_at = CASE WHEN $3 THEN now() END, updated_at = now()"
                                + " WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL"
                                + " AND (completed_at IS NULL) = $3 RETURNING "
                                + COLUMNS)
                .execute(Tuple.of(ownerId, id, completed))
                .map(GoalRows::single);
    }

    public Uni<Goal> move(SqlClient tx, String ownerId, UUID id, UUID parentId, int sortOrder) {
        return tx.preparedQuery(
                        "UPDATE goals SET parent_id = $3, sort_order = $4, updated_at = now()"
                                + " WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING "
                                + COLUMNS)
                .execute(Tuple.of(ownerId, id, parentId, sortOrder))
                .map(GoalRows::single);
    }

    public Uni<Goal> setLevel(SqlClient tx, String ownerId, UUID id, GoalLevel level) {
        return tx.preparedQuery(
                        "UPDATE goals SET level = $3, updated_at = now()"
                                + " WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING "
                                + COLUMNS)
                .execute(Tuple.of(ownerId, id, level.name()))
                .map(GoalRows::single);
    }

    /**
     * Soft-deletes the goals, all with the transaction's timestamp, which is how a restore later
     * tells the goals deleted together from those deleted before.
     */
    public Uni<Void> markDeleted(SqlClient tx, String ownerId, List<UUID> ids) {
        return tx.preparedQuery(
                        "UPDATE goals SET deleted_at = now(), updated_at = now()"
                                + " WHERE owner_id = $1 AND id = ANY($2) AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, ids.toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    /** Clears deleted_at; returns the restored goals, unordered. */
    public Uni<List<Goal>> restore(SqlClient tx, String ownerId, List<UUID> ids) {
        return tx.preparedQuery(
                        "UPDATE goals SET deleted_at = NULL, updated_at = now()"
                                + " WHERE owner_id = $1 AND id = ANY($2) AND deleted_at IS NOT NULL RETURNING "
                                + COLUMNS)
                .execute(Tuple.of(ownerId, ids.toArray(UUID[]::new)))
                .map(GoalRows::all);
    }

    /** Live goals by id, unordered. */
    public Uni<List<Goal>> findAll(SqlClient tx, String ownerId, List<UUID> ids) {
        return tx.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals WHERE owner_id = $1 AND id = ANY($2) AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, ids.toArray(UUID[]::new)))
                .map(GoalRows::all);
    }

    /** The trash, most recently deleted first, after the cursor. */
    public Uni<List<Goal>> trash(String ownerId, Cursor after, int limit) {
        KeysetQuery query =
                new KeysetQuery(COLUMNS, TRASH, ownerId).newestFirst("deleted_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(GoalRows::all);
    }

    /**
     * Gives each copied goal ({@code copies[i]} of {@code originals[i]}) a copy of the original's
     * targets: new ids, same name, description, activity and thresholds, not achieved, in the
     * original's order. The copies stay in the same tree, so activity and metrics stay valid.
     */
    public Uni<Void> copyTargets(
            SqlClient tx, String ownerId, List<UUID> originals, List<UUID> copies) {
        return tx.preparedQuery(
                        """
                INSERT INTO goal_targets (id, owner_id, root_id, goal_id, activity_id, name, description,
                                          thresholds, created_at, updated_at)
                SELECT gen_random_uuid(), o.owner_id, o.root_id, o.copy_id, o.activity_id, o.name,
                       o.description, o.thresholds, o.at, o.at
                  FROM (SELECT t.*, pair.copy_id,
                               -- now() is one moment for the whole transaction: copies a
                               -- microsecond apart keep the originals' order (oldest first).
                               now() + row_number() OVER (ORDER BY t.created_at, t.id)
                                       * interval '1 microsecond' AS at
                          FROM unnest($2::uuid[], $3::uuid[]) AS pair(original_id, copy_id)
                          JOIN goal_targets t ON t.owner_id = $1 AND t.goal_id = pair.original_id) o""")
                .execute(
                        Tuple.of(
                                ownerId,
                                originals.toArray(UUID[]::new),
                                copies.toArray(UUID[]::new)))
                .replaceWithVoid();
    }
}
