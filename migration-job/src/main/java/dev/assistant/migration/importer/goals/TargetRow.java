package dev.assistant.migration.importer.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.EventType;

/**
 * One row to write into goals-service, with the events it announces when it is new. {@code values}
 * holds every column the import sets (owner_id, and id and legacy_id unless a link table).
 */
final class TargetRow {

    /** An event and its payload, of matching types. */
    record Event(EventType<?> type, Record payload) {}

    final TargetTable table;
    final String legacyId;
    final Map<String, Object> values = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();

    TargetRow(TargetTable table, String legacyId) {
        this.table = table;
        this.legacyId = legacyId;
    }

    TargetRow set(String column, Object value) {
        values.put(column, value);
        return this;
    }

    <P extends Record> TargetRow announce(EventType<P> type, P payload) {
        events.add(new Event(type, payload));
        return this;
    }

    UUID id() {
        return (UUID) values.get("id");
    }

    /** The key as text ("id" or "a/b" for a link table), how conflicts are named in the report. */
    String key() {
        StringBuilder out = new StringBuilder();
        for (String column : table.key) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(values.get(column));
        }
        return out.toString();
    }
}
