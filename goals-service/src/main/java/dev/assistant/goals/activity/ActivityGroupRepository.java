package dev.assistant.goals.activity;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Activity groups (Panache). Every query filters on owner_id and hides soft-deleted groups. */
@ApplicationScoped
public class ActivityGroupRepository implements PanacheRepositoryBase<ActivityGroup, UUID> {

    /** Null when absent, deleted, or someone else's. */
    public Uni<ActivityGroup> live(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2 and deletedAt is null", ownerId, id).firstResult();
    }

    public Uni<List<ActivityGroup>> ofRoot(String ownerId, UUID rootId) {
        return list(
                "ownerId = ?1 and rootId = ?2 and deletedAt is null order by sortOrder, createdAt, id",
                ownerId,
                rootId);
    }
}
