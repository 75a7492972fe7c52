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

    /** The owner's keyword postings (chunk_terms, kept by triggers on chunks). */
    public long postings(String owner) {
        return count("SELECT count(*) FROM chunk_terms WHERE owner_id = $1", owner);
    }

    /**
     * How many of the owner's postings differ from what the owner's chunks hold (a posting missing,
     * left over or with other counts): 0 when the triggers kept them in step.
     */
    public long postingsOutOfStep(String owner) {
        return count(
                """
                WITH actual AS (
                    SELECT lexeme, chunk_id, document_id, occurrences, heading_occurrences, chunk_tokens
                    FROM chunk_terms WHERE owner_id = $1),
                expected AS (
                    SELECT t.lexeme, c.id, c.document_id, cardinality(t.positions),
                           coalesce(cardinality(array_positions(t.weights, 'A')), 0), c.tokens
                    FROM chunks c, unnest(c.search_tsv) t WHERE c.owner_id = $1)
                SELECT (SELECT count(*) FROM (TABLE actual EXCEPT TABLE expected) extra)
                     + (SELECT count(*) FROM (TABLE expected EXCEPT TABLE actual) missing)""",
                owner);
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
