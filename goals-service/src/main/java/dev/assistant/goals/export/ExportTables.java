package dev.assistant.goals.export;

import java.util.List;

/**
 * The tables of a tree's export, in insert order (each after the ones it refers to): for each, its
 * key in the export JSON, its columns (a column's JSON name is its SQL name in camelCase) and which
 * of them refer to another table's rows. One list drives the export query, the checks of an import,
 * the id remapping and the import's inserts, so they cannot disagree.
 */
final class ExportTables {

    private ExportTables() {}

    /** A column; refersTo names the table (by export key) whose id it holds, or null. */
    record Column(String sql, String type, String refersTo, boolean required) {

        String json() {
            StringBuilder out = new StringBuilder();
            boolean upper = false;
            for (char c : sql.toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    out.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return out.toString();
        }
    }

    /**
     * @param scope the SQL condition selecting the tree's rows of alias t ($1 owner, $2 root)
     * @param rooted whether the table has root_id (set to the new root on import)
     * @param keyed whether rows have their own id (link tables do not)
     */
    record Table(
            String key,
            String sql,
            boolean rooted,
            boolean keyed,
            String scope,
            List<Column> columns) {}

    private static Column col(String sql, String type) {
        return new Column(sql, type, null, false);
    }

    private static Column ref(String sql, String table) {
        return new Column(sql, "uuid", table, false);
    }

    private static Column requiredRef(String sql, String table) {
        return new Column(sql, "uuid", table, true);
    }

    private static final String ROOTED = "t.owner_id = $1 AND t.root_id = $2";

    private static String under(String column, String table) {
        return "t.owner_id = $1 AND t."
                + column
                + " IN (SELECT id FROM "
                + table
                + " WHERE owner_id = $1 AND root_id = $2)";
    }

    private static final List<Column> TIMES =
            List.of(col("created_at", "timestamptz"), col("updated_at", "timestamptz"));

    private static List<Column> with(List<Column> columns, boolean softDeleted) {
        var all = new java.util.ArrayList<>(columns);
        all.addAll(TIMES);
        if (softDeleted) {
            all.add(col("deleted_at", "timestamptz"));
        }
        return List.copyOf(all);
    }

    static final List<Table> ALL =
            List.of(
                    new Table(
                            "goals",
                            "goals",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            ref("parent_id", "goals"),
                                            col("level", "text"),
                                            col("title", "text"),
                                            col("description", "text"),
                                            col("deadline", "date"),
                                            col("sort_order", "integer"),
                                            col("completed_at", "timestamptz")),
                                    true)),
                    new Table(
                            "activityGroups",
                            "activity_groups",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            col("name", "text"),
                                            col("description", "text"),
                                            col("sort_order", "integer")),
                                    true)),
                    new Table(
                            "activities",
                            "activity_definitions",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            ref("group_id", "activityGroups"),
                                            col("name", "text"),
                                            col("description", "text"),
                                            col("has_sets", "boolean"),
                                            col("has_metrics", "boolean"),
                                            col("metrics_multiplicative", "boolean"),
                                            col("has_splits", "boolean"),
                                            col("sort_order", "integer")),
                                    true)),
                    new Table(
                            "metrics",
                            "metric_definitions",
                            false,
                            true,
                            under("activity_id", "activity_definitions"),
                            with(
                                    List.of(
                                            requiredRef("activity_id", "activities"),
                                            col("name", "text"),
                                            col("unit", "text"),
                                            col("is_active", "boolean"),
                                            col("is_top_set_metric", "boolean"),
                                            col("is_multiplicative", "boolean"),
                                            col("recovered", "boolean"),
                                            col("sort_order", "integer")),
                                    true)),
                    new Table(
                            "splits",
                            "split_definitions",
                            false,
                            true,
                            under("activity_id", "activity_definitions"),
                            with(
                                    List.of(
                                            requiredRef("activity_id", "activities"),
                                            col("name", "text"),
                                            col("sort_order", "integer")),
                                    true)),
                    new Table(
                            "targets",
                            "goal_targets",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            requiredRef("goal_id", "goals"),
                                            ref("activity_id", "activities"),
                                            col("name", "text"),
                                            col("description", "text"),
                                            col("thresholds", "jsonb"),
                                            col("achieved_at", "timestamptz"),
                                            col("achieved_by", "uuid")),
                                    false)),
                    new Table(
                            "templates",
                            "session_templates",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            col("name", "text"),
                                            col("description", "text"),
                                            col("template_data", "jsonb")),
                                    true)),
                    new Table(
                            "programs",
                            "programs",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            col("name", "text"),
                                            col("description", "text"),
                                            col("start_date", "date"),
                                            col("end_date", "date"),
                                            col("is_active", "boolean"),
                                            col("weekly_schedule", "jsonb")),
                                    true)),
                    new Table(
                            "programBlocks",
                            "program_blocks",
                            false,
                            true,
                            under("program_id", "programs"),
                            with(
                                    List.of(
                                            requiredRef("program_id", "programs"),
                                            col("name", "text"),
                                            col("start_date", "date"),
                                            col("end_date", "date"),
                                            col("color", "text"),
                                            col("sort_order", "integer")),
                                    false)),
                    new Table(
                            "programBlockGoals",
                            "program_block_goals",
                            false,
                            false,
                            "t.owner_id = $1 AND t.block_id IN (SELECT b.id FROM program_blocks b"
                                    + " JOIN programs p ON p.id = b.program_id"
                                    + " WHERE p.owner_id = $1 AND p.root_id = $2)",
                            List.of(
                                    requiredRef("block_id", "programBlocks"),
                                    requiredRef("goal_id", "goals"))),
                    new Table(
                            "programDays",
                            "program_days",
                            false,
                            true,
                            "t.owner_id = $1 AND t.block_id IN (SELECT b.id FROM program_blocks b"
                                    + " JOIN programs p ON p.id = b.program_id"
                                    + " WHERE p.owner_id = $1 AND p.root_id = $2)",
                            with(
                                    List.of(
                                            requiredRef("block_id", "programBlocks"),
                                            col("day_date", "date"),
                                            col("day_number", "integer"),
                                            col("name", "text"),
                                            col("notes", "text"),
                                            col("is_completed", "boolean"),
                                            col("completed_at", "timestamptz")),
                                    false)),
                    new Table(
                            "programDayTemplates",
                            "program_day_templates",
                            false,
                            false,
                            "t.owner_id = $1 AND t.session_template_id IN (SELECT id FROM"
                                    + " session_templates WHERE owner_id = $1 AND root_id = $2)",
                            List.of(
                                    requiredRef("program_day_id", "programDays"),
                                    requiredRef("session_template_id", "templates"),
                                    col("sort_order", "integer"))),
                    new Table(
                            "sessions",
                            "sessions",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            col("name", "text"),
                                            col("description", "text"),
                                            col("session_start", "timestamptz"),
                                            col("session_end", "timestamptz"),
                                            col("duration_minutes", "integer"),
                                            col("total_duration_seconds", "integer"),
                                            ref("template_id", "templates"),
                                            ref("program_day_id", "programDays"),
                                            col("attributes", "jsonb"),
                                            col("completed", "boolean"),
                                            col("completed_at", "timestamptz")),
                                    true)),
                    new Table(
                            "sessionGoals",
                            "session_goals",
                            false,
                            false,
                            under("session_id", "sessions"),
                            List.of(
                                    requiredRef("session_id", "sessions"),
                                    requiredRef("goal_id", "goals"),
                                    col("goal_type", "text"),
                                    col("created_at", "timestamptz"))),
                    new Table(
                            "activityInstances",
                            "activity_instances",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            ref("session_id", "sessions"),
                                            requiredRef("activity_definition_id", "activities"),
                                            col("sort_order", "integer"),
                                            col("time_start", "timestamptz"),
                                            col("time_stop", "timestamptz"),
                                            col("duration_seconds", "integer"),
                                            col("completed", "boolean"),
                                            col("notes", "text")),
                                    true)),
                    new Table(
                            "metricValues",
                            "metric_values",
                            false,
                            true,
                            under("activity_instance_id", "activity_instances"),
                            with(
                                    List.of(
                                            requiredRef(
                                                    "activity_instance_id", "activityInstances"),
                                            requiredRef("metric_definition_id", "metrics"),
                                            ref("split_definition_id", "splits"),
                                            col("set_index", "integer"),
                                            col("value", "double precision")),
                                    false)),
                    new Table(
                            "notes",
                            "notes",
                            true,
                            true,
                            ROOTED,
                            with(
                                    List.of(
                                            col("context_type", "text"),
                                            ref("session_id", "sessions"),
                                            ref("activity_instance_id", "activityInstances"),
                                            ref("activity_definition_id", "activities"),
                                            col("set_index", "integer"),
                                            col("content", "text")),
                                    true)));
}
