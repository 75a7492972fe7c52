package dev.assistant.search.support;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** What the consumer tests count in search's own tables, read directly. */
public final class SearchRows {

    private final Pool pool;

    public SearchRows(Pool pool) {
        this.pool = pool;
    }

    /** The single number {@code sql} (with one parameter) selects. */
    public long count(String sql, Object parameter) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(parameter))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
