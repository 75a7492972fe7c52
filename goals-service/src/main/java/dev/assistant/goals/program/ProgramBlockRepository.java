package dev.assistant.goals.program;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Blocks of the owner's live programs. */
@ApplicationScoped
public class ProgramBlockRepository implements PanacheRepositoryBase<ProgramBlock, UUID> {

    /** Null when absent, someone else's, or its program was deleted. */
    public Uni<ProgramBlock> findOwned(String ownerId, UUID id) {
        return find(
                        "ownerId = ?1 and id = ?2 and programId in"
                                + " (select p.id from Program p where p.ownerId = ?1 and p.deletedAt is null)",
                        ownerId,
                        id)
                .firstResult();
    }

    /** A program's blocks in date order. */
    public Uni<List<ProgramBlock>> ofProgram(String ownerId, UUID programId) {
        return list(
                "ownerId = ?1 and programId = ?2 order by startDate, sortOrder, createdAt, id",
                ownerId,
                programId);
    }
}
