package dev.assistant.goals.account;

import java.time.OffsetDateTime;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** A user's rows in every goals table, deleted for good; runs on the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    /**
     * Deletes every goal the owner had when they erased their account, soft-deleted ones included,
     * in one statement (so a parent and its children go together: the parent foreign key is checked
     * at the statement's end). Whole trees whose root predates the erasure go; trees begun after it
     * stay, so a replayed erasure (a consumer starting from the topic's beginning) never takes the
     * goals of the user's new account. Returns how many rows went.
     */
    public Uni<Integer> erase(SqlConnection tx, String ownerId, OffsetDateTime erasedAt) {
        return tx.preparedQuery(
                        """
                        DELETE FROM goals WHERE owner_id = $1 AND (created_at <= $2 OR root_id IN (
                            SELECT id FROM goals WHERE owner_id = $1 AND created_at <= $2))""")
                .execute(Tuple.of(ownerId, erasedAt))
                .map(RowSet::rowCount);
    }
}
