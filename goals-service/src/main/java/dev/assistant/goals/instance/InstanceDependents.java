package dev.assistant.goals.instance;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * What is about an activity instance and goes with it: called on the transaction that soft-deleted
 * the instance, so both commit (with their events) or neither does. Implemented by a feature that
 * depends on instances (notes), which this package must not depend on.
 */
public interface InstanceDependents {

    /** The instance {@code instanceId} of {@code ownerId} was just soft-deleted on {@code tx}. */
    Uni<Void> instanceDeleted(SqlClient tx, String ownerId, UUID instanceId);
}
