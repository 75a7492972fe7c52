package dev.assistant.goals.template;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Session templates; every query filters on the owner and hides soft-deleted templates. */
@ApplicationScoped
public class SessionTemplateRepository implements PanacheRepositoryBase<SessionTemplate, UUID> {

    /** Null when absent, deleted, or someone else's. */
    public Uni<SessionTemplate> findOwned(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2 and deletedAt is null", ownerId, id).firstResult();
    }

    /** The owner's templates, of one tree when rootId is given, by name. */
    public Uni<List<SessionTemplate>> listOwned(String ownerId, UUID rootId) {
        return rootId == null
                ? list("ownerId = ?1 and deletedAt is null order by name, id", ownerId)
                : list(
                        "ownerId = ?1 and rootId = ?2 and deletedAt is null order by name, id",
                        ownerId,
                        rootId);
    }
}
