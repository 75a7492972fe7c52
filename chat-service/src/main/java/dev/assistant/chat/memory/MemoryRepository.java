package dev.assistant.chat.memory;

import java.util.List;
import java.util.UUID;

import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.chat.memory.MemoryRows.COLUMNS;

/**
 * SQL for memories. Every statement is scoped by owner_id, so a row that belongs to someone else is
 * indistinguishable from a row that does not exist.
 */
@ApplicationScoped
public class MemoryRepository {

    @Inject Pool pool;

    public Uni<Memory> insert(SqlConnection tx, UUID id, String ownerId, MemoryRequest request) {
        return tx.preparedQuery(
                        """
                INSERT INTO memories (id, owner_id, title, content, importance, tags)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING\s"""
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                List.of(
                                        id,
                                        ownerId,
                                        request.title(),
                                        request.content(),
                                        (short) request.importanceOrDefault(),
                                        request.tagsOrEmpty().toArray(String[]::new))))
                .map(MemoryRows::single);
    }

    /** Null when the memory does not exist for this owner. */
    public Uni<Memory> update(SqlConnection tx, String ownerId, UUID id, MemoryRequest request) {
        return tx.preparedQuery(
                        """
                UPDATE memories SET title = $3, content = $4, importance = $5, tags = $6, updated_at = now()
                WHERE owner_id = $1 AND id = $2 RETURNING\s"""
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                List.of(
                                        ownerId,
                                        id,
                                        request.title(),
                                        request.content(),
                                        (short) request.importanceOrDefault(),
                                        request.tagsOrEmpty().toArray(String[]::new))))
                .map(MemoryRows::single);
    }

    /** True when a memory of this owner was deleted. */
    public Uni<Boolean> delete(SqlConnection tx, String ownerId, UUID id) {
        return tx.preparedQuery("DELETE FROM memories WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Null when the memory does not exist for this owner. */
    public Uni<Memory> find(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT " + COLUMNS + " FROM memories WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(MemoryRows::single);
    }

    /** Newest first, after the cursor (exclusive) when given, with the filters (null: any). */
    public Uni<List<Memory>> page(String ownerId, MemoryFilter filter, Cursor after, int limit) {
        KeysetQuery query =
                new KeysetQuery(COLUMNS, "memories", ownerId)
                        .and(
                                "(title ILIKE ? OR content ILIKE ?)",
                                KeysetQuery.contains(filter.text()))
                        .and("tags @> ?", filter.tag() == null ? null : new String[] {filter.tag()})
                        .and(
                                "importance >= ?",
                                filter.minImportance() == null
                                        ? null
                                        : (short) (int) filter.minImportance())
                        .newestFirst("created_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(MemoryRows::all);
    }
}
