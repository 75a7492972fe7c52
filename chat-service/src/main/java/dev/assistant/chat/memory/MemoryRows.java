package dev.assistant.chat.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for memories. */
final class MemoryRows {

    static final String COLUMNS =
            "id, owner_id, title, content, importance, tags, created_at, updated_at";

    private MemoryRows() {}

    static Memory single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<Memory> all(RowSet<Row> rows) {
        List<Memory> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static Memory of(Row row) {
        return new Memory(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getString("title"),
                row.getString("content"),
                row.getShort("importance"),
                Arrays.asList(row.getArrayOfStrings("tags")),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }
}
