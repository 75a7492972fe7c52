package dev.assistant.goals.goal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.GoalDeleted;
import dev.assistant.events.goals.GoalsEvents.GoalState;
import dev.assistant.kit.outbox.Outbox;
import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetPage;
import dev.assistant.kit.problem.InvalidField;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Goal-tree use cases and the tree's shape rules. Every write and its events (one per goal it
 * changed, in tree order) commit in one transaction; structural changes lock their tree first.
 */
@ApplicationScoped
public class GoalService {

    @Inject Pool pool;

    @Inject GoalRepository repository;

    @Inject Outbox outbox;

    @Inject TreeDependents dependents;

    public Uni<Goal> create(String ownerId, GoalRequest request) {
        return pool.withTransaction(
                tx ->
                        placed(tx, ownerId, request)
                                .chain(goal -> repository.insert(tx, goal))
                                .call(
                                        goal ->
                                                outbox.append(
                                                        tx,
                                                        GoalsEvents.GOAL_CREATED,
                                                        state(goal))));
    }

    /** The new goal where the request puts it: a new tree, or under a live parent. */
    private Uni<Goal> placed(SqlClient tx, String ownerId, GoalRequest request) {
        UUID id = UUID.randomUUID();
        int sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
        if (request.parentId() == null) {
            if (request.level() != GoalLevel.UltimateGoal) {
                return Uni.createFrom()
                        .failure(
                                InvalidField.of(
                                        "level",
                                        "body",
                                        "a goal without a parent must be an UltimateGoal"));
            }
            return Uni.createFrom().item(newGoal(id, ownerId, id, null, request, sortOrder));
        }
        return repository
                .find(tx, ownerId, request.parentId())
                .onItem()
                .ifNull()
                .failWith(() -> InvalidField.of("parentId", "body", "no such goal"))
                .map(
                        parent -> {
                            requireBelow(parent, request.level(), "level");
                            return newGoal(
                                    id, ownerId, parent.rootId(), parent.id(), request, sortOrder);
                        });
    }

    private static Goal newGoal(
            UUID id,
            String ownerId,
            UUID rootId,
            UUID parentId,
            GoalRequest request,
            int sortOrder) {
        return new Goal(
                id,
                ownerId,
                rootId,
                parentId,
                request.level(),
                request.title(),
                request.description(),
                request.deadline(),
                sortOrder,
                null,
                null,
                null,
                null);
    }

    public Uni<Goal> get(String ownerId, UUID id) {
        return repository
                .find(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new GoalNotFoundException(id));
    }

    public Uni<List<Goal>> roots(String ownerId) {
        return repository.roots(ownerId);
    }

    /** The whole tree the goal belongs to, in pre-order. */
    public Uni<List<Goal>> treeOf(String ownerId, UUID id) {
        return repository
                .treeOf(ownerId, id)
                .map(
                        rows -> {
                            if (rows.isEmpty()) {
                                throw new GoalNotFoundException(id);
                            }
                            return GoalTree.preOrder(rows, rows.getFirst().rootId());
                        });
    }

    /**
     * The tree's active short-term goals, in tree order, each with its active immediate goals
     * (which sit directly below it: no level lies between the two).
     */
    public Uni<List<GoalSelection>> selection(String ownerId, UUID id) {
        return treeOf(ownerId, id)
                .map(
                        tree ->
                                tree.stream()
                                        .filter(g -> active(g, GoalLevel.ShortTermGoal))
                                        .map(shortTerm -> selectionOf(tree, shortTerm))
                                        .toList());
    }

    private static GoalSelection selectionOf(List<Goal> tree, Goal shortTerm) {
        return new GoalSelection(
                shortTerm,
                GoalTree.childrenOf(tree, shortTerm.id()).stream()
                        .filter(g -> active(g, GoalLevel.ImmediateGoal))
                        .toList());
    }

    private static boolean active(Goal goal, GoalLevel level) {
        return goal.level() == level && goal.completedAt() == null;
    }

    public Uni<Goal> update(String ownerId, UUID id, GoalPatch patch) {
        return pool.withTransaction(
                tx ->
                        repository
                                .update(tx, ownerId, id, patch)
                                .onItem()
                                .ifNull()
                                .failWith(() -> new GoalNotFoundException(id))
                                .call(
                                        goal ->
                                                outbox.append(
                                                        tx,
                                                        GoalsEvents.GOAL_UPDATED,
                                                        state(goal))));
    }

    /**
     * Completing a completed goal (or reopening an open one) changes nothing and announces nothing.
     */
    public Uni<Goal> setCompleted(String ownerId, UUID id, boolean completed) {
        return pool.withTransaction(
                tx ->
                        repository
                                .setCompleted(tx, ownerId, id, completed)
                                .chain(
                                        changed ->
                                                changed == null
                                                        ? live(tx, ownerId, id)
                                                        : outbox.append(
                                                                        tx,
                                                                        completed
                                                                                ? GoalsEvents
                                                                                        .GOAL_COMPLETED
                                                                                : GoalsEvents
                                                                                        .GOAL_UPDATED,
                                                                        state(changed))
                                                                .replaceWith(changed)));
    }

    /**
     * Moves a goal (with its subtree) under another goal of its tree, or reorders it among its
     * siblings. Its subtree's root_id stays right: the tree does not change.
     */
    public Uni<Goal> move(String ownerId, UUID id, MoveRequest request) {
        return pool.withTransaction(
                tx ->
                        lockedTree(tx, ownerId, id)
                                .chain(
                                        tree -> {
                                            Goal goal = tree.goal();
                                            UUID parentId =
                                                    request.parentId() == null
                                                            ? goal.parentId()
                                                            : request.parentId();
                                            if (request.parentId() != null) {
                                                checkNewParent(tree, goal, parentId);
                                            }
                                            int sortOrder =
                                                    request.sortOrder() == null
                                                            ? goal.sortOrder()
                                                            : request.sortOrder();
                                            return repository.move(
                                                    tx, ownerId, id, parentId, sortOrder);
                                        })
                                .call(
                                        moved ->
                                                outbox.append(
                                                        tx,
                                                        GoalsEvents.GOAL_UPDATED,
                                                        state(moved))));
    }

    private static void checkNewParent(LockedTree tree, Goal goal, UUID parentId) {
        Goal parent = tree.byId().get(parentId);
        if (parent == null) {
            throw InvalidField.of("parentId", "body", "no such goal in this goal's tree");
        }
        if (GoalTree.preOrder(tree.rows(), goal.id()).stream()
                .anyMatch(g -> g.id().equals(parentId))) {
            throw InvalidField.of(
                    "parentId", "body", "is the goal itself or below it (that would be a cycle)");
        }
        if (!parent.level().canParent(goal.level())) {
            throw InvalidField.of(
                    "parentId",
                    "body",
                    "a "
                            + goal.level()
                            + " cannot sit below a "
                            + parent.level()
                            + " (a child's level must be below its parent's)");
        }
    }

    /** A new level, still below the parent's and above every child's. */
    public Uni<Goal> changeLevel(String ownerId, UUID id, GoalLevel level) {
        return pool.withTransaction(
                tx ->
                        lockedTree(tx, ownerId, id)
                                .chain(
                                        tree -> {
                                            Goal goal = tree.goal();
                                            checkLevel(tree, goal, level);
                                            if (goal.level() == level) {
                                                return Uni.createFrom().item(goal);
                                            }
                                            return repository
                                                    .setLevel(tx, ownerId, id, level)
                                                    .call(
                                                            changed ->
                                                                    outbox.append(
                                                                            tx,
                                                                            GoalsEvents
                                                                                    .GOAL_UPDATED,
                                                                            state(changed)));
                                        }));
    }

    private static void checkLevel(LockedTree tree, Goal goal, GoalLevel level) {
        if (goal.isRoot()) {
            if (level != GoalLevel.UltimateGoal) {
                throw InvalidField.of(
                        "level", "body", "a goal without a parent must be an UltimateGoal");
            }
        } else {
            requireBelow(tree.byId().get(goal.parentId()), level, "level");
        }
        for (Goal child : GoalTree.childrenOf(tree.rows(), goal.id())) {
            if (!level.canParent(child.level())) {
                throw InvalidField.of(
                        "level",
                        "body",
                        "must stay above every child's level (a child is a " + child.level() + ")");
            }
        }
    }

    private static void requireBelow(Goal parent, GoalLevel level, String field) {
        if (!parent.level().canParent(level)) {
            throw InvalidField.of(
                    field, "body", "must be below the parent's level " + parent.level());
        }
    }

    /**
     * Copies a goal and its subtree (new ids, not completed) under {@code parentId} of the same
     * tree, or next to the original; returns the copy of the goal itself. Within the tree, each
     * goal's targets are copied too, not achieved: the copy is a new goal whose targets are earned
     * by practice recorded from now on (the evaluator then records it), not by the history that
     * achieved the original's. The copy of a root is a new tree, which has none of the activities
     * the targets measure, so its goals get no targets.
     */
    public Uni<Goal> copy(String ownerId, UUID id, UUID parentId) {
        return pool.withTransaction(
                tx ->
                        lockedTree(tx, ownerId, id)
                                .chain(
                                        tree -> {
                                            List<Goal> subtree = GoalTree.preOrder(tree.rows(), id);
                                            Goal destination =
                                                    copyDestination(tree, tree.goal(), parentId);
                                            List<Goal> copies =
                                                    copies(subtree, destination, ownerId);
                                            return insertCopies(tx, ownerId, copies)
                                                    .call(
                                                            () ->
                                                                    destination == null
                                                                            ? Uni.createFrom()
                                                                                    .voidItem()
                                                                            : repository
                                                                                    .copyTargets(
                                                                                            tx,
                                                                                            ownerId,
                                                                                            ids(
                                                                                                    subtree),
                                                                                            ids(
                                                                                                    copies)));
                                        }));
    }

    private static List<UUID> ids(List<Goal> goals) {
        return goals.stream().map(Goal::id).toList();
    }

    private static Goal copyDestination(LockedTree tree, Goal goal, UUID parentId) {
        if (parentId == null) {
            return goal.isRoot() ? null : tree.byId().get(goal.parentId());
        }
        Goal destination = tree.byId().get(parentId);
        if (destination == null) {
            throw InvalidField.of("parentId", "body", "no such goal in this goal's tree");
        }
        requireBelow(destination, goal.level(), "parentId");
        return destination;
    }

    /** The subtree with new ids, in the same order; its top under {@code destination}. */
    private static List<Goal> copies(List<Goal> subtree, Goal destination, String ownerId) {
        Map<UUID, UUID> newIds = new HashMap<>();
        subtree.forEach(g -> newIds.put(g.id(), UUID.randomUUID()));
        Goal top = subtree.getFirst();
        UUID rootId = destination == null ? newIds.get(top.id()) : destination.rootId();
        return subtree.stream()
                .map(
                        g ->
                                new Goal(
                                        newIds.get(g.id()),
                                        ownerId,
                                        rootId,
                                        g == top
                                                ? (destination == null ? null : destination.id())
                                                : newIds.get(g.parentId()),
                                        g.level(),
                                        g.title(),
                                        g.description(),
                                        g.deadline(),
                                        g.sortOrder(),
                                        null,
                                        null,
                                        null,
                                        null))
                .toList();
    }

    private Uni<Goal> insertCopies(SqlClient tx, String ownerId, List<Goal> copies) {
        List<UUID> ids = copies.stream().map(Goal::id).toList();
        return repository
                .insertAll(tx, copies)
                .chain(() -> repository.findAll(tx, ownerId, ids))
                .map(found -> inOrderOf(ids, found))
                .call(
                        inserted ->
                                outbox.appendAll(
                                        tx,
                                        GoalsEvents.GOAL_CREATED,
                                        inserted.stream().map(GoalService::state).toList()))
                .map(List::getFirst);
    }

    private static List<Goal> inOrderOf(List<UUID> ids, List<Goal> goals) {
        Map<UUID, Goal> byId = byId(goals);
        return ids.stream().map(byId::get).toList();
    }

    /**
     * Soft-deletes the goal and its subtree: one GoalDeleted per goal, in tree order. A root takes
     * what belongs to its tree with it ({@link TreeDependents}: the notes of its sessions and
     * instances), in the same transaction.
     */
    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        lockedTree(tx, ownerId, id)
                                .map(tree -> GoalTree.preOrder(tree.rows(), id))
                                .call(
                                        subtree ->
                                                repository.markDeleted(
                                                        tx,
                                                        ownerId,
                                                        subtree.stream().map(Goal::id).toList()))
                                .call(
                                        subtree ->
                                                outbox.appendAll(
                                                        tx,
                                                        GoalsEvents.GOAL_DELETED,
                                                        subtree.stream()
                                                                .map(GoalService::deleted)
                                                                .toList()))
                                .chain(
                                        subtree ->
                                                subtree.getFirst().isRoot()
                                                        ? dependents.treeDeleted(tx, ownerId, id)
                                                        : Uni.createFrom().voidItem()));
    }

    /**
     * Restores a deleted goal with the goals deleted together with it (same deleted_at), not those
     * deleted before; its parent must be live (409 otherwise). A root also brings back what its
     * deletion took from its tree ({@link TreeDependents}). A live goal is returned as it is.
     */
    public Uni<Goal> restore(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        repository
                                .findAny(tx, ownerId, id)
                                .onItem()
                                .ifNull()
                                .failWith(() -> new GoalNotFoundException(id))
                                .call(goal -> repository.lockTree(tx, ownerId, goal.rootId()))
                                .chain(() -> repository.findAny(tx, ownerId, id))
                                .chain(
                                        goal ->
                                                goal.deletedAt() == null
                                                        ? Uni.createFrom().item(goal)
                                                        : restoreDeleted(tx, ownerId, goal)));
    }

    private Uni<Goal> restoreDeleted(SqlClient tx, String ownerId, Goal goal) {
        Uni<Void> parentLive =
                goal.isRoot()
                        ? Uni.createFrom().voidItem()
                        : repository
                                .find(tx, ownerId, goal.parentId())
                                .onItem()
                                .ifNull()
                                .failWith(GoalService::parentDeleted)
                                .replaceWithVoid();
        return parentLive
                .chain(() -> repository.deletedOfTree(tx, ownerId, goal.rootId()))
                .map(deleted -> deletedTogetherWith(goal, deleted))
                .chain(
                        ids ->
                                repository
                                        .restore(tx, ownerId, ids)
                                        .map(restored -> inOrderOf(ids, restored)))
                .call(
                        restored ->
                                outbox.appendAll(
                                        tx,
                                        GoalsEvents.GOAL_RESTORED,
                                        restored.stream().map(GoalService::state).toList()))
                .call(
                        () ->
                                goal.isRoot()
                                        ? dependents.treeRestored(
                                                tx, ownerId, goal.id(), goal.deletedAt())
                                        : Uni.createFrom().voidItem())
                .map(List::getFirst);
    }

    /**
     * The ids of the goal and of the goals below it deleted in the same transaction (the same
     * deleted_at), in tree order: a goal deleted earlier, and what is below it, stays deleted.
     */
    private static List<UUID> deletedTogetherWith(Goal goal, List<Goal> deleted) {
        List<Goal> together =
                deleted.stream().filter(g -> g.deletedAt().isEqual(goal.deletedAt())).toList();
        return GoalTree.preOrder(together, goal.id()).stream().map(Goal::id).toList();
    }

    private static HttpProblem parentDeleted() {
        return HttpProblem.builder()
                .withStatus(409)
                .withTitle("Conflict")
                .withDetail(
                        "the goal's parent is deleted: restore the parent (or move the goal) first")
                .build();
    }

    /** Deleted roots of subtrees, most recently deleted first. */
    public Uni<KeysetPage<Goal>> trash(String ownerId, String cursor, int limit) {
        return repository
                .trash(ownerId, Cursor.decodeOrNull(cursor), KeysetPage.fetchSize(limit))
                .map(found -> KeysetPage.of(found, limit, g -> new Cursor(g.deletedAt(), g.id())));
    }

    /** The live goal, for a transaction that goes on with it; 404 otherwise. */
    private Uni<Goal> live(SqlClient tx, String ownerId, UUID id) {
        return repository
                .find(tx, ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new GoalNotFoundException(id));
    }

    /**
     * The live goal and its tree's live rows, read after locking the tree (so what the change is
     * checked against cannot move under it).
     */
    private Uni<LockedTree> lockedTree(SqlClient tx, String ownerId, UUID id) {
        return live(tx, ownerId, id)
                .call(goal -> repository.lockTree(tx, ownerId, goal.rootId()))
                .chain(goal -> repository.tree(tx, ownerId, goal.rootId()))
                .map(
                        rows -> {
                            Map<UUID, Goal> byId = byId(rows);
                            Goal goal = byId.get(id);
                            if (goal == null) {
                                throw new GoalNotFoundException(id);
                            }
                            return new LockedTree(goal, rows, byId);
                        });
    }

    private record LockedTree(Goal goal, List<Goal> rows, Map<UUID, Goal> byId) {}

    private static Map<UUID, Goal> byId(List<Goal> goals) {
        return goals.stream()
                .collect(
                        java.util.stream.Collectors.toMap(
                                Goal::id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static GoalDeleted deleted(Goal goal) {
        return new GoalDeleted(goal.id(), goal.rootId(), goal.ownerId());
    }

    private static GoalState state(Goal goal) {
        return new GoalState(
                goal.id(),
                goal.ownerId(),
                goal.rootId(),
                goal.parentId(),
                goal.level().name(),
                goal.title(),
                goal.description(),
                goal.deadline(),
                goal.completedAt() == null ? null : goal.completedAt().toInstant(),
                goal.updatedAt().toInstant());
    }
}
