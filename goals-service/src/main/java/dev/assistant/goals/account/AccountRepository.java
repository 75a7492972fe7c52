package dev.assistant.goals.account;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** A user's rows in every goals table, deleted for good; runs on the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    /**
     * Deletes every goal of the owner, soft-deleted ones included, in one statement (so a parent and
     * its children go together: the parent foreign key is checked at the statement's end). Returns
     * how many rows went.
     */
    public Uni<Integer> erase(SqlConnection tx, String ownerId) {
        return tx.preparedQuery("DELETE FROM goals WHERE owner_id = $1")
                .execute(Tuple.of(ownerId))
                .map(RowSet::rowCount);
    }
}
