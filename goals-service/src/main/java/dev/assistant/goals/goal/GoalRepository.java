package dev.assistant.goals.goal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** SQL for goals. Every statement filters on owner_id and hides soft-deleted rows. */
@ApplicationScoped
public class GoalRepository {

    private static final String COLUMNS =
            "id, owner_id, root_id, parent_id, level, title, description, sort_order, completed_at, created_at, updated_at";

    @Inject Pool pool;

    public Uni<Goal> insert(Goal goal) {
        return pool.preparedQuery(
                        "INSERT INTO goals (id, owner_id, root_id, parent_id, level, title, description, sort_order)"
                                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        goal.id(),
                                        goal.ownerId(),
                                        goal.rootId(),
                                        goal.parentId(),
                                        goal.level().name(),
                                        goal.title(),
                                        goal.description(),
                                        goal.sortOrder())))
                .map(GoalRepository::single);
    }

    /** Null when absent, deleted, or someone else's. */
    public Uni<Goal> find(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, id))
                .map(GoalRepository::single);
    }

    public Uni<List<Goal>> roots(String ownerId) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM goals"
                                + " WHERE owner_id = $1 AND parent_id IS NULL AND deleted_at IS NULL ORDER BY sort_order, created_at")
                .execute(Tuple.of(ownerId))
                .map(GoalRepository::all);
    }

    /**
     * The tree under a root in pre-order: each goal before its children, siblings by sort_order.
     */
    public Uni<List<Goal>> tree(String ownerId, UUID rootId) {
        return pool.preparedQuery(
                        "WITH RECURSIVE tree AS ("
                                + " SELECT "
                                + prefixed("r")
                                + ", ARRAY["
                                + siblingKey("r")
                                + "] AS path FROM goals r"
                                + "  WHERE r.owner_id = $1 AND r.id = $2 AND r.deleted_at IS NULL"
                                + " UNION ALL"
                                + " SELECT "
                                + prefixed("g")
                                + ", t.path || "
                                + siblingKey("g")
                                + "  FROM goals g JOIN tree t ON g.parent_id = t.id WHERE g.owner_id = $1 AND g.deleted_at IS NULL)"
                                + " SELECT "
                                + COLUMNS
                                + " FROM tree ORDER BY path")
                .execute(Tuple.of(ownerId, rootId))
                .map(GoalRepository::all);
    }

    /**
     * Orders siblings: sort_order (zero-padded so text order is numeric order), then age, then id.
     */
    private static String siblingKey(String alias) {
        return "lpad("
                + alias
                + ".sort_order::text, 10, '0') || "
                + alias
                + ".created_at::text || "
                + alias
                + ".id::text";
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    /** Soft-deletes the goal and everything below it; returns how many rows were marked. */
    public Uni<Integer> deleteSubtree(String ownerId, UUID id) {
        return pool.preparedQuery(
                        """
                WITH RECURSIVE subtree AS (
                    SELECT id FROM goals WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL
                    UNION ALL
                    SELECT g.id FROM goals g JOIN subtree s ON g.parent_id = s.id WHERE g.deleted_at IS NULL)
                UPDATE goals SET deleted_at = now(), updated_at = now() WHERE id IN (SELECT id FROM subtree)""")
                .execute(Tuple.of(ownerId, id))
                .map(RowSet::rowCount);
    }

    private static Goal single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? toGoal(iterator.next()) : null;
    }

    private static List<Goal> all(RowSet<Row> rows) {
        List<Goal> goals = new ArrayList<>(rows.size());
        rows.forEach(row -> goals.add(toGoal(row)));
        return goals;
    }

    private static Goal toGoal(Row row) {
        return new Goal(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getUUID("root_id"),
                row.getUUID("parent_id"),
                GoalLevel.valueOf(row.getString("level")),
                row.getString("title"),
                row.getString("description"),
                row.getInteger("sort_order"),
                row.getOffsetDateTime("completed_at"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }
}
