package dev.assistant.migration.importer.goals;

import java.util.List;

/**
 * goals-service's tables an import writes, in foreign-key order (a row's references are written
 * before it), each with its key and the column its verification checksum covers besides the key.
 */
enum TargetTable {
    GOALS("goals", "title"),
    ACTIVITY_GROUPS("activity_groups", "name"),
    ACTIVITY_DEFINITIONS("activity_definitions", "name"),
    METRIC_DEFINITIONS("metric_definitions", "name"),
    SPLIT_DEFINITIONS("split_definitions", "name"),
    GOAL_TARGETS("goal_targets", "name"),
    SESSION_TEMPLATES("session_templates", "name"),
    PROGRAMS("programs", "name"),
    PROGRAM_BLOCKS("program_blocks", "name"),
    PROGRAM_BLOCK_GOALS("program_block_goals", null, "block_id", "goal_id"),
    PROGRAM_DAYS("program_days", "day_number"),
    PROGRAM_DAY_TEMPLATES("program_day_templates", null, "program_day_id", "session_template_id"),
    SESSIONS("sessions", "name"),
    SESSION_GOALS("session_goals", null, "session_id", "goal_id"),
    ACTIVITY_INSTANCES("activity_instances", "activity_definition_id"),
    METRIC_VALUES("metric_values", "value"),
    NOTES("notes", "content");

    final String table;
    final String content;
    final List<String> key;

    TargetTable(String table, String content, String... key) {
        this.table = table;
        this.content = content;
        this.key = key.length == 0 ? List.of("id") : List.of(key);
    }

    /**
     * Whether rows of the table refer to other rows of it (a goal's parent): the mapping puts those
     * first, and its batches must then be written one after another, never side by side.
     */
    boolean refersToItself() {
        return this == GOALS;
    }

    /** A link table: no id and no legacy_id of its own, keyed by the pair it links. */
    boolean isLink() {
        return content == null;
    }
}
