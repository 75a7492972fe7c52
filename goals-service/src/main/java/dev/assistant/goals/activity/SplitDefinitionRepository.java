package dev.assistant.goals.activity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Split definitions (Panache); only live ones (not removed) are read. */
@ApplicationScoped
public class SplitDefinitionRepository implements PanacheRepositoryBase<SplitDefinition, UUID> {

    /** The live splits of these activities, in each activity's order. */
    public Uni<List<SplitDefinition>> liveOf(String ownerId, Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "ownerId = ?1 and activityId in ?2 and deletedAt is null order by sortOrder, createdAt, id",
                ownerId,
                activityIds);
    }
}
