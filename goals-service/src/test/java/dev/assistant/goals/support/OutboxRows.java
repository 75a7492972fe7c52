package dev.assistant.goals.support;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The events goals-service wrote into its outbox for one owner, in the order they were written. */
public final class OutboxRows {

    private OutboxRows() {}

    public static List<Row> of(Pool pool, String ownerId) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM outbox WHERE owner_id = $1 ORDER BY id")
                .execute(Tuple.of(ownerId))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }
}
