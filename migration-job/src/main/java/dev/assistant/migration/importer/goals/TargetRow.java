package dev.assistant.migration.importer.goals;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
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
    final Map<String, Object> values = new Columns();
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

    /**
     * The row's columns in the order they were set: two small arrays searched in order, not a hash
     * map. An import holds every row in memory (400,000 of them in the benchmark), and a
     * LinkedHashMap of 15 entries costs several times the memory and the allocation.
     */
    private static final class Columns extends AbstractMap<String, Object> {

        private String[] names = new String[16];
        private Object[] values = new Object[16];
        private int size;

        private int indexOf(Object name) {
            for (int i = 0; i < size; i++) {
                if (names[i] == name) {
                    return i; // column names are literals: usually the same instance
                }
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Object get(Object name) {
            int i = indexOf(name);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object name) {
            return indexOf(name) >= 0;
        }

        @Override
        public Object put(String name, Object value) {
            int i = indexOf(name);
            if (i >= 0) {
                Object old = values[i];
                values[i] = value;
                return old;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
            return null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
