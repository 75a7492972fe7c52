package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Activity definitions (Panache). Every query filters on owner_id and hides deleted ones. */
@ApplicationScoped
public class ActivityDefinitionRepository
        implements PanacheRepositoryBase<ActivityDefinition, UUID> {

    /** Null when absent, deleted, or someone else's. */
    public Uni<ActivityDefinition> live(String ownerId, UUID id) {
        return find("ownerId = ?1 and id = ?2 and deletedAt is null", ownerId, id).firstResult();
    }

    /**
     * Soft-deletes a live definition at the transaction's timestamp; false when absent, deleted or
     * someone else's. On the Vert.x client: the same transaction carries what goes with the
     * definition ({@link ActivityDependents}) and their outbox events.
     */
    public Uni<Boolean> softDelete(SqlClient tx, String ownerId, UUID id) {
        return tx.preparedQuery(
                        "UPDATE activity_definitions SET deleted_at = now(), updated_at = now()"
                                + " WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The tree's definitions, in one group when {@code groupId} is given. */
    public Uni<List<ActivityDefinition>> ofRoot(String ownerId, UUID rootId, UUID groupId) {
        String query = "ownerId = :owner and rootId = :root and deletedAt is null";
        Parameters parameters = Parameters.with("owner", ownerId).and("root", rootId);
        if (groupId != null) {
            query += " and groupId = :group";
            parameters = parameters.and("group", groupId);
        }
        return list(query + " order by sortOrder, createdAt, id", parameters);
    }

    /** Takes the group's definitions out of it (the group is going away; they stay). */
    public Uni<Integer> ungroup(String ownerId, UUID groupId, OffsetDateTime now) {
        return update(
                "groupId = null, updatedAt = ?3 where ownerId = ?1 and groupId = ?2",
                ownerId,
                groupId,
                now);
    }
}
