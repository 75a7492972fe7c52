package dev.assistant.goals.activity;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * What is about an activity definition and goes with it: called on the transaction that
 * soft-deleted the definition, so both commit (with their events) or neither does. Implemented by a
 * feature that depends on activities (notes), which this package must not depend on.
 */
public interface ActivityDependents {

    /**
     * The activity definition {@code activityId} of {@code ownerId} was just soft-deleted on {@code
     * tx}.
     */
    Uni<Void> activityDeleted(SqlClient tx, String ownerId, UUID activityId);
}
