package dev.assistant.search.support;

import java.util.Arrays;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** What the consumer tests count in search's own tables, read directly. */
public final class SearchRows {

    private final Pool pool;

    public SearchRows(Pool pool) {
        this.pool = pool;
    }

    /** The single number {@code sql} (with one parameter) selects. */
    public long count(String sql, Object parameter) {
        return first(sql, parameter).getLong(0);
    }

    /** The single text {@code sql} selects (null when it selects no row or a null). */
    public String text(String sql, Object... parameters) {
        Row row = first(sql, parameters);
        return row == null ? null : row.getString(0);
    }

    /** 1 once the consumer has processed the event (applied, or found it superseded), else 0. */
    public long processed(Object eventId) {
        return count("SELECT count(*) FROM processed_events WHERE event_id = $1", eventId);
    }

    public long documents(String owner) {
        return count("SELECT count(*) FROM documents WHERE owner_id = $1", owner);
    }

    public long chunks(String owner) {
        return count("SELECT count(*) FROM chunks WHERE owner_id = $1", owner);
    }

    /** The chunks of the document of one source reference (any owner). */
    public long chunksOf(String sourceRef) {
        return count(
                "SELECT count(*) FROM chunks c JOIN documents d ON d.id = c.document_id"
                        + " WHERE d.source_ref = $1",
                sourceRef);
    }

    /** One metadata value of the document of a source reference, as text. */
    public String metadata(String sourceRef, String key) {
        return text("SELECT metadata->>$2 FROM documents WHERE source_ref = $1", sourceRef, key);
    }

    private Row first(String sql, Object... parameters) {
        var rows =
                pool.preparedQuery(sql)
                        .execute(Tuple.from(Arrays.asList(parameters)))
                        .await()
                        .indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next();
    }
}
