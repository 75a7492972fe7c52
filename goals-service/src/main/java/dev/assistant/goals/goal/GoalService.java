package dev.assistant.goals.goal;

import java.util.List;
import java.util.UUID;

import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Goal-tree use cases and the tree's shape rules. */
@ApplicationScoped
public class GoalService {

    @Inject GoalRepository repository;

    public Uni<Goal> create(String ownerId, GoalRequest request) {
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
            return repository.insert(
                    new Goal(
                            id,
                            ownerId,
                            id,
                            null,
                            request.level(),
                            request.title(),
                            request.description(),
                            sortOrder,
                            null,
                            null,
                            null));
        }
        return repository
                .find(ownerId, request.parentId())
                .onItem()
                .ifNull()
                .failWith(() -> InvalidField.of("parentId", "body", "no such goal"))
                .chain(
                        parent -> {
                            if (!parent.level().canParent(request.level())) {
                                return Uni.createFrom()
                                        .failure(
                                                InvalidField.of(
                                                        "level",
                                                        "body",
                                                        "must be below the parent's level "
                                                                + parent.level()));
                            }
                            return repository.insert(
                                    new Goal(
                                            id,
                                            ownerId,
                                            parent.rootId(),
                                            parent.id(),
                                            request.level(),
                                            request.title(),
                                            request.description(),
                                            sortOrder,
                                            null,
                                            null,
                                            null));
                        });
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

    /** The whole tree the goal belongs to. */
    public Uni<List<Goal>> treeOf(String ownerId, UUID id) {
        return get(ownerId, id).chain(goal -> repository.tree(ownerId, goal.rootId()));
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return repository
                .deleteSubtree(ownerId, id)
                .chain(
                        count ->
                                count == 0
                                        ? Uni.createFrom().failure(new GoalNotFoundException(id))
                                        : Uni.createFrom().voidItem());
    }
}
