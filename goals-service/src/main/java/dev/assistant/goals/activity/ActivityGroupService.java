package dev.assistant.goals.activity;

import java.util.List;
import java.util.UUID;

import dev.assistant.goals.goal.TreeRoots;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Activity-group use cases (Hibernate Reactive: no events). */
@ApplicationScoped
public class ActivityGroupService {

    @Inject ActivityGroupRepository groups;

    @Inject ActivityDefinitionRepository definitions;

    @Inject TreeRoots roots;

    @WithTransaction
    public Uni<ActivityGroup> create(String ownerId, ActivityGroupRequest request) {
        return roots.require(ownerId, request.rootId())
                .chain(
                        () -> {
                            ActivityGroup group = new ActivityGroup();
                            group.id = UUID.randomUUID();
                            group.ownerId = ownerId;
                            group.rootId = request.rootId();
                            group.name = request.name().strip();
                            group.description = request.description();
                            group.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
                            group.createdAt = Timestamps.now();
                            group.updatedAt = group.createdAt;
                            return groups.persist(group);
                        });
    }

    /** The tree's groups in their order; an unknown root simply has none. */
    @WithSession
    public Uni<List<ActivityGroup>> ofRoot(String ownerId, UUID rootId) {
        return groups.ofRoot(ownerId, rootId);
    }

    @WithSession
    public Uni<ActivityGroup> get(String ownerId, UUID id) {
        return live(ownerId, id);
    }

    @WithTransaction
    public Uni<ActivityGroup> update(String ownerId, UUID id, ActivityGroupPatch patch) {
        return live(ownerId, id)
                .map(
                        group -> {
                            if (patch.name() != null) {
                                group.name = patch.name().strip();
                            }
                            if (patch.description() != null) {
                                group.description = patch.description();
                            }
                            if (patch.sortOrder() != null) {
                                group.sortOrder = patch.sortOrder();
                            }
                            group.updatedAt = Timestamps.now();
                            return group;
                        });
    }

    /** Soft-deletes the group; its activities stay, ungrouped. */
    @WithTransaction
    public Uni<Void> delete(String ownerId, UUID id) {
        return live(ownerId, id)
                .chain(
                        group -> {
                            group.deletedAt = Timestamps.now();
                            group.updatedAt = group.deletedAt;
                            return definitions.ungroup(ownerId, id, group.deletedAt);
                        })
                .replaceWithVoid();
    }

    private Uni<ActivityGroup> live(String ownerId, UUID id) {
        return groups.live(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new ActivityGroupNotFoundException(id));
    }
}
