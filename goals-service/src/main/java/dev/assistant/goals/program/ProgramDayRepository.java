package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Days of the owner's live programs, and the templates and goals linked to days and blocks. */
@ApplicationScoped
public class ProgramDayRepository implements PanacheRepositoryBase<ProgramDay, UUID> {

    /** Null when absent, someone else's, or its program was deleted. */
    public Uni<ProgramDay> findOwned(String ownerId, UUID id) {
        return find(
                        "ownerId = ?1 and id = ?2 and blockId in (select b.id from ProgramBlock b,"
                                + " Program p where b.programId = p.id and p.ownerId = ?1"
                                + " and p.deletedAt is null)",
                        ownerId,
                        id)
                .firstResult();
    }

    /** A block's days with dates, in date order. */
    public Uni<List<ProgramDay>> datedDaysOf(String ownerId, UUID blockId) {
        return list(
                "ownerId = ?1 and blockId = ?2 and date is not null order by date, createdAt",
                ownerId,
                blockId);
    }

    /** Days of the block with a date outside [start, end]. */
    public Uni<Long> countOutside(String ownerId, UUID blockId, LocalDate start, LocalDate end) {
        return count(
                "ownerId = ?1 and blockId = ?2 and (date < ?3 or date > ?4)",
                ownerId,
                blockId,
                start,
                end);
    }

    public Uni<List<ProgramDayTemplate>> templatesOf(String ownerId, UUID dayId) {
        return getSession()
                .chain(
                        session ->
                                session.createSelectionQuery(
                                                "from ProgramDayTemplate where ownerId = ?1"
                                                        + " and dayId = ?2 order by sortOrder",
                                                ProgramDayTemplate.class)
                                        .setParameter(1, ownerId)
                                        .setParameter(2, dayId)
                                        .getResultList());
    }

    /** Every template link of the days of these blocks. */
    public Uni<List<ProgramDayTemplate>> templatesOfBlocks(String ownerId, List<UUID> blockIds) {
        return getSession()
                .chain(
                        session ->
                                session.createSelectionQuery(
                                                "from ProgramDayTemplate t where t.ownerId = ?1"
                                                        + " and t.dayId in (select d.id from ProgramDay d"
                                                        + " where d.blockId in ?2)",
                                                ProgramDayTemplate.class)
                                        .setParameter(1, ownerId)
                                        .setParameter(2, blockIds)
                                        .getResultList());
    }

    public Uni<Integer> deleteTemplatesOf(String ownerId, UUID dayId) {
        return getSession()
                .chain(
                        session ->
                                session.createMutationQuery(
                                                "delete from ProgramDayTemplate where ownerId = ?1"
                                                        + " and dayId = ?2")
                                        .setParameter(1, ownerId)
                                        .setParameter(2, dayId)
                                        .executeUpdate());
    }

    public Uni<Integer> deleteGoalsOf(String ownerId, UUID blockId) {
        return getSession()
                .chain(
                        session ->
                                session.createMutationQuery(
                                                "delete from ProgramBlockGoal where ownerId = ?1"
                                                        + " and blockId = ?2")
                                        .setParameter(1, ownerId)
                                        .setParameter(2, blockId)
                                        .executeUpdate());
    }

    /** Persists new days and link rows, in order (days before the links to them). */
    public Uni<Void> persistAll(List<Object> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return getSession().chain(session -> session.persistAll(rows.toArray()));
    }
}
