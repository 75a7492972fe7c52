package dev.assistant.chat.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.assistant.chat.paging.Cursor;
import dev.assistant.chat.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * SQL for memories. Every statement is scoped by owner_id, so a row that belongs to someone else
 * is indistinguishable from a row that does not exist.
 */
@ApplicationScoped
public class MemoryRepository {

    private static final String COLUMNS = "id, owner_id, title, content, importance, tags, created_at, updated_at";

    @Inject
    Pool pool;

    public Uni<Memory> insert(SqlConnection tx, UUID id, String ownerId, MemoryRequest request) {
        return tx.preparedQuery("""
                INSERT INTO memories (id, owner_id, title, content, importance, tags)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING\s""" + COLUMNS)
                .execute(Tuple.from(List.of(id, ownerId, request.title(), request.content(),
                        (short) request.importanceOrDefault(), request.tagsOrEmpty().toArray(String[]::new))))
                .map(MemoryRepository::single);
    }

    /** Null when the memory does not exist for this owner. */
    public Uni<Memory> update(SqlConnection tx, String ownerId, UUID id, MemoryRequest request) {
        return tx.preparedQuery("""
                UPDATE memories SET title = $3, content = $4, importance = $5, tags = $6, updated_at = now()
                WHERE owner_id = $1 AND id = $2 RETURNING\s""" + COLUMNS)
                .execute(Tuple.from(List.of(ownerId, id, request.title(), request.content(),
                        (short) request.importanceOrDefault(), request.tagsOrEmpty().toArray(String[]::new))))
                .map(MemoryRepository::single);
    }

    /** True when a memory of this owner was deleted. */
    public Uni<Boolean> delete(SqlConnection tx, String ownerId, UUID id) {
        return tx.preparedQuery("DELETE FROM memories WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Null when the memory does not exist for this owner. */
    public Uni<Memory> find(String ownerId, UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM memories WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(MemoryRepository::single);
    }

    /** Newest first, after the cursor (exclusive) when given, with the filters (null: any). */
    public Uni<List<Memory>> page(String ownerId, MemoryFilter filter, Cursor after, int limit) {
        KeysetQuery query = new KeysetQuery(COLUMNS, "memories", ownerId)
                .and("(title ILIKE ? OR content ILIKE ?)", KeysetQuery.contains(filter.text()))
                .and("tags @> ?", filter.tag() == null ? null : new String[] {filter.tag()})
                .and("importance >= ?", filter.minImportance() == null ? null : (short) (int) filter.minImportance())
                .newestFirst("created_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(MemoryRepository::all);
    }

    private static Memory single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? toMemory(iterator.next()) : null;
    }

    private static List<Memory> all(RowSet<Row> rows) {
        List<Memory> memories = new ArrayList<>(rows.size());
        rows.forEach(row -> memories.add(toMemory(row)));
        return memories;
    }

    private static Memory toMemory(Row row) {
        return new Memory(row.getUUID("id"), row.getString("owner_id"), row.getString("title"),
                row.getString("content"), row.getShort("importance"),
                Arrays.asList(row.getArrayOfStrings("tags")),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }
}
