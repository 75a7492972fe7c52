package dev.assistant.goals.template;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which of the ids a request names are the caller's, live, and in the given tree: the roots, goals,
 * activity definitions and templates that templates and programs refer to. Read with SQL so these
 * features do not depend on the packages that own those tables.
 */
@ApplicationScoped
public class TreeReferenceRepository {

    @Inject Pool pool;

    public Uni<Set<UUID>> activitiesIn(String ownerId, UUID rootId, Collection<UUID> ids) {
        return existing("activity_definitions", ownerId, rootId, ids);
    }

    public Uni<Set<UUID>> templatesIn(String ownerId, UUID rootId, Collection<UUID> ids) {
        return existing("session_templates", ownerId, rootId, ids);
    }

    public Uni<Set<UUID>> goalsIn(String ownerId, UUID rootId, Collection<UUID> ids) {
        return existing("goals", ownerId, rootId, ids);
    }

    /** table is one of the constants above, never input. */
    private Uni<Set<UUID>> existing(
            String table, String ownerId, UUID rootId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return pool.preparedQuery(
                        "SELECT id FROM "
                                + table
                                + " WHERE owner_id = $1 AND root_id = $2 AND id = ANY($3)"
                                + " AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, rootId, ids.toArray(UUID[]::new)))
                .map(TreeReferenceRepository::ids);
    }

    private static Set<UUID> ids(RowSet<Row> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.getUUID("id")));
        return ids;
    }
}
