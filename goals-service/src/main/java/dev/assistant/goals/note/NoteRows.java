package dev.assistant.goals.note;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row mapping for notes. */
final class NoteRows {

    static final String COLUMNS =
            "id, owner_id, root_id, context_type, session_id, activity_instance_id,"
                    + " activity_definition_id, set_index, content, created_at, updated_at";

    private NoteRows() {}

    static Note single(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? of(iterator.next()) : null;
    }

    static List<Note> all(RowSet<Row> rows) {
        List<Note> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(of(row)));
        return list;
    }

    static Note of(Row row) {
        return new Note(
                row.getUUID("id"),
                row.getString("owner_id"),
                row.getUUID("root_id"),
                row.getString("context_type"),
                row.getUUID("session_id"),
                row.getUUID("activity_instance_id"),
                row.getUUID("activity_definition_id"),
                row.getInteger("set_index"),
                row.getString("content"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }
}
