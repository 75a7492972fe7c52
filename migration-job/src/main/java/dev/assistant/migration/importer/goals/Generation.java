package dev.assistant.migration.importer.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The legacy tracker's schema generations (docs/migrations.md, LEGACY_FORMATS.md §2), told apart by
 * what the file has, never assumed:
 *
 * <ul>
 *   <li>V1: sessions in their own {@code practice_sessions} table;
 *   <li>V2: sessions are {@code goals} rows of type PracticeSession, goals have root_id;
 *   <li>V3: soft delete and updated_at everywhere, programs, activity groups, splits;
 *   <li>V4: sessions in {@code sessions} with {@code session_goals}, and {@code notes}.
 * </ul>
 */
enum Generation {
    V1,
    V2,
    V3,
    V4;

    /** The columns the app's code of each generation expected (a copy may lack some: drift). */
    private static final Map<Generation, Map<String, List<String>>> EXPECTED =
            Map.of(
                    V1,
                    Map.of(
                            "goals",
                            List.of("id", "type", "name", "parent_id", "created_at"),
                            "practice_sessions",
                            List.of("id", "name", "root_id", "session_data")),
                    V2,
                    Map.of("goals", List.of("id", "type", "name", "parent_id", "root_id")),
                    V3,
                    Map.of(
                            "goals",
                            List.of("deleted_at", "updated_at", "sort_order"),
                            "activity_definitions",
                            List.of("has_splits", "group_id", "metrics_multiplicative"),
                            "metric_definitions",
                            List.of("is_top_set_metric", "is_multiplicative"),
                            "metric_values",
                            List.of("split_definition_id"),
                            "activity_instances",
                            List.of("data", "completed")),
                    V4,
                    Map.of(
                            "sessions",
                            List.of("id", "root_id", "session_start", "session_end"),
                            "session_goals",
                            List.of("session_id", "goal_id", "goal_type"),
                            "activity_instances",
                            List.of("session_id", "data"),
                            "notes",
                            List.of("context_type", "content")));

    static Generation detect(LegacyDatabase db) {
        if (!db.has("goals")) {
            throw new IllegalArgumentException(
                    db.file() + " is not a goals database: it has no goals table");
        }
        if (db.has("sessions") || db.has("notes")) {
            return V4;
        }
        if (db.has("programs")
                || db.has("activity_groups")
                || db.has("split_definitions")
                || db.has("goals", "deleted_at")) {
            return V3;
        }
        if (db.has("goals", "root_id") || db.has("goals", "session_data")) {
            return V2;
        }
        return V1;
    }

    /**
     * What the file lacks of what its generation's code expected ("activity_definitions.has_splits
     * missing"), for the report; the import reads such columns as null and uses the schema's
     * default.
     */
    List<String> drift(LegacyDatabase db) {
        List<String> missing = new ArrayList<>();
        EXPECTED.getOrDefault(this, Map.of())
                .forEach(
                        (table, columns) -> {
                            if (!db.has(table)) {
                                missing.add(table + " missing");
                                return;
                            }
                            for (String column : columns) {
                                if (!db.has(table, column)) {
                                    missing.add(table + "." + column + " missing");
                                }
                            }
                        });
        missing.sort(null);
        return missing;
    }
}
