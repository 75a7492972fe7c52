package dev.assistant.goals.program;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Programs; every query filters on the owner and hides soft-deleted programs. */
@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    /** Null when absent, deleted, or someone else's. */
    public Uni<Program> findOwned(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2 and deletedAt is null", ownerId, id).firstResult();
    }

    public Uni<List<Program>> listOwned(String ownerId, UUID rootId) {
        return rootId == null
                ? list("ownerId = ?1 and deletedAt is null order by startDate, name, id", ownerId)
                : list(
                        "ownerId = ?1 and rootId = ?2 and deletedAt is null"
                                + " order by startDate, name, id",
                        ownerId,
                        rootId);
    }
}
