package dev.assistant.goals.session;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * What is about a session and goes with it: called on the transaction that soft-deleted the
 * session, so both commit (with their events) or neither does. Implemented by a feature that
 * depends on sessions (notes), which this package must not depend on.
 */
public interface SessionDependents {

    /** The session {@code sessionId} of {@code ownerId} was just soft-deleted on {@code tx}. */
    Uni<Void> sessionDeleted(SqlClient tx, String ownerId, UUID sessionId);
}
