package dev.assistant.goals.goal;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * What belongs to a tree and goes with its root, and comes back with it: called on the transaction
 * that soft-deleted or restored the root, so both commit (with their events) or neither does.
 * Implemented by a feature that depends on trees (notes), which this package must not depend on.
 */
public interface TreeDependents {

    /**
     * The root {@code rootId} (the whole tree) was just soft-deleted on {@code tx}, with the
     * transaction's timestamp as its deleted_at.
     */
    Uni<Void> treeDeleted(SqlClient tx, String ownerId, UUID rootId);

    /**
     * The root {@code rootId}, soft-deleted at {@code deletedAt}, was just restored on {@code tx}:
     * what its deletion took away (deleted at that same time) comes back.
     */
    Uni<Void> treeRestored(SqlClient tx, String ownerId, UUID rootId, OffsetDateTime deletedAt);
}
