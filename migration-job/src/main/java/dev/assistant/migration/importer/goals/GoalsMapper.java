package dev.assistant.migration.importer.goals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.migration.importer.LegacyIds;
import dev.assistant.migration.importer.LegacyJson;
import dev.assistant.migration.importer.Quarantine;
import dev.assistant.migration.importer.goals.GoalsImportReport.SourceCounts;
import dev.assistant.migration.importer.goals.GoalsImportReport.TimeFlag;
import dev.assistant.migration.importer.goals.LegacyDatabase.Row;

/**
 * Maps one legacy goals.db, whatever its generation, to goals-service's rows for one owner. Every
 * source row ends up mapped, merged (the same record found twice in the file) or quarantined with
 * its reason; a reference to a row the file does not have is recovered (a node or definition made
 * for it, named "Recovered ...") or cleared where the column may be empty, and the report says
 * which. Ids are UUID v5 of (owner, table, legacy id), so a re-run and a second file with the same
 * records find the same rows.
 */
final class GoalsMapper {

    static final List<String> LEVELS =
            List.of(
                    "UltimateGoal",
                    "LongTermGoal",
                    "MidTermGoal",
                    "ShortTermGoal",
                    "ImmediateGoal",
                    "MicroGoal",
                    "NanoGoal");

    /** Recovered rows have no history of their own: a fixed time keeps them identical per run. */
    static final OffsetDateTime RECOVERED_AT =
            OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** Instance times may be this far outside their session before they are flagged. */
    private static final Duration SESSION_SLACK = Duration.ofMinutes(5);

    private static final String SESSION_TYPE = "PracticeSession";
    private static final String NO_TREE = "recovered:none";

    /** Everything the file maps to, and the account of every source row. */
    record Mapping(
            Generation generation,
            List<String> drift,
            Map<TargetTable, List<TargetRow>> rows,
            Map<String, SourceCounts> sources,
            Map<TargetTable, Long> recoveredRows,
            List<String> recovered,
            List<TimeFlag> timeFlags,
            List<String> warnings) {

        long totalRows() {
            return rows.values().stream().mapToLong(List::size).sum();
        }
    }

    private final LegacyDatabase db;
    private final String owner;
    private final SourceTime time;
    private final Quarantine quarantine;

    private final Map<TargetTable, List<TargetRow>> rows = new EnumMap<>(TargetTable.class);
    private final Map<String, long[]> sources = new LinkedHashMap<>();
    private final Map<TargetTable, Long> recoveredRows = new EnumMap<>(TargetTable.class);
    private final List<String> recovered = new ArrayList<>();
    private final List<TimeFlag> timeFlags = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    // legacy id -> new id, for every row mapped so far (per target table)
    private final Map<TargetTable, Map<String, UUID>> ids = new EnumMap<>(TargetTable.class);
    private final Map<String, Row> goalRows = new LinkedHashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, UUID> goalRoots = new HashMap<>();
    private final Map<String, String> goalLevels = new HashMap<>();
    private final Map<UUID, UUID> activityRoots = new HashMap<>();
    private final Map<UUID, UUID> sessionRoots = new HashMap<>();
    private final Map<UUID, TargetRow> sessions = new HashMap<>();
    private final Map<UUID, List<UUID>> sessionGoals = new HashMap<>();
    private final Map<UUID, TargetRow> instances = new HashMap<>();

    /**
     * When each soft-deleted goal, activity, session and instance was deleted (notes go with it).
     */
    private final Map<UUID, OffsetDateTime> deletedContexts = new HashMap<>();

    private long notesDeletedWithContext;
    private final Set<String> linkKeys = new HashSet<>();

    GoalsMapper(LegacyDatabase db, String owner, SourceTime time, Quarantine quarantine) {
        this.db = db;
        this.owner = owner;
        this.time = time;
        this.quarantine = quarantine;
        for (TargetTable t : TargetTable.values()) {
            rows.put(t, new ArrayList<>());
            ids.put(t, new HashMap<>());
        }
    }

    Mapping map() throws java.sql.SQLException {
        Generation generation = Generation.detect(db);
        goals();
        activityGroups();
        activityDefinitions();
        metricDefinitions();
        splitDefinitions();
        sessionTemplates();
        programs();
        programBlocks();
        legacyBlockList();
        programDays();
        legacyBlockListDays();
        programDayTemplates();
        scheduledSessions();
        legacyBlockListLinks();
        programGoals();
        sessions();
        sessionGoals();
        activityInstances();
        metricValues();
        notes();
        goalTargets();
        announceSessions();
        Map<String, SourceCounts> counts = new LinkedHashMap<>();
        sources.forEach(
                (table, c) -> counts.put(table, new SourceCounts(c[0], c[1], c[2], c[3], c[4])));
        return new Mapping(
                generation,
                generation.drift(db),
                rows,
                counts,
                recoveredRows,
                recovered,
                timeFlags,
                warnings);
    }

    // --- goals and trees -----------------------------------------------------------------------

    private void goals() throws java.sql.SQLException {
        List<Row> all = db.rows("goals");
        for (Row r : all) {
            String type = r.text("type");
            if (SESSION_TYPE.equals(type)) {
                continue; // a v2/v3 session, mapped with the sessions
            }
            found("goals");
            String id = r.text("id");
            String level = level(type);
            if (id == null) {
                quarantine(r, "goals", "goal without an id");
            } else if (level == null) {
                quarantine(r, "goals", "unknown goal type '" + type + "'");
            } else if (goalRows.containsKey(id)) {
                merged("goals");
                warnings.add("goals: id " + id + " appears twice; the first row was imported");
            } else {
                goalRows.put(id, r);
                goalLevels.put(id, level);
            }
        }
        for (Row r : goalRows.values()) {
            parents.put(r.text("id"), parentOf(r));
        }
        breakCycles();
        List<String> order = new ArrayList<>(goalRows.keySet());
        Map<String, Integer> depth = new HashMap<>();
        order.forEach(id -> depth.put(id, depth(id)));
        order.sort((a, b) -> Integer.compare(depth.get(a), depth.get(b)));
        for (String id : order) {
            goal(goalRows.get(id));
        }
    }

    /**
     * The goal's parent: parent_id unless it names the goal itself; a missing parent becomes a
     * recovered node; a NULL parent on a goal below the top level with a root_id naming another
     * goal means "under that root" (parent_id IS NULL does not always mean root).
     */
    private String parentOf(Row r) {
        String id = r.text("id");
        String parent = r.text("parent_id");
        if (id.equals(parent)) {
            warnings.add("goals " + id + ": parent_id points at itself; imported as a root");
            return null;
        }
        if (parent != null && !goalRows.containsKey(parent)) {
            recover(
                    "goals "
                            + id
                            + ": parent "
                            + parent
                            + " is not in the file; attached under the recovered node 'Recovered goal "
                            + prefix(parent)
                            + "'");
            return "recovered:" + parent;
        }
        String root = r.text("root_id");
        if (parent == null
                && !"UltimateGoal".equals(goalLevels.get(id))
                && root != null
                && !root.equals(id)
                && goalRows.containsKey(root)) {
            recover(
                    "goals "
                            + id
                            + ": a "
                            + goalLevels.get(id)
                            + " with parent_id NULL; attached under its root_id "
                            + root);
            return root;
        }
        if (parent == null && !"UltimateGoal".equals(goalLevels.get(id))) {
            warnings.add(
                    "goals "
                            + id
                            + ": a "
                            + goalLevels.get(id)
                            + " with neither parent nor a root in the file; imported as the root of its own tree");
        }
        return parent;
    }

    private void breakCycles() {
        for (String start : goalRows.keySet()) {
            Set<String> seen = new HashSet<>();
            String at = start;
            while (at != null && goalRows.containsKey(at)) {
                if (!seen.add(at)) {
                    warnings.add("goals " + at + ": its parents form a cycle; imported as a root");
                    parents.put(at, null);
                    break;
                }
                at = parents.get(at);
            }
        }
    }

    private int depth(String id) {
        int depth = 0;
        for (String at = parents.get(id); at != null; at = parents.get(at)) {
            depth++;
            if (!goalRows.containsKey(at)) {
                break; // a recovered node, itself a root
            }
        }
        return depth;
    }

    private void goal(Row r) {
        String legacyId = r.text("id");
        String parent = parents.get(legacyId);
        UUID id = id(TargetTable.GOALS, legacyId);
        UUID parentId = parent == null ? null : goalId(parent);
        UUID rootId = parentId == null ? id : treeRoot(legacyId);
        goalRoots.put(legacyId, rootId);
        OffsetDateTime created = created(r, "goals");
        OffsetDateTime updated = updated(r, "goals", created);
        OffsetDateTime completedAt = time(r, "goals", "completed_at");
        if (completedAt == null && r.bool("completed", false)) {
            completedAt = updated;
        }
        OffsetDateTime deletedAt = time(r, "goals", "deleted_at");
        String title = nonBlank(r.text("name"), "Untitled goal");
        LocalDate deadline = date(r, "goals", "deadline");
        String level = goalLevels.get(legacyId);
        TargetRow row =
                row(TargetTable.GOALS, legacyId, id)
                        .set("root_id", rootId)
                        .set("parent_id", parentId)
                        .set("level", level)
                        .set("title", title)
                        .set("description", r.text("description"))
                        .set("sort_order", orZero(r.integer("sort_order")))
                        .set("completed_at", completedAt)
                        .set("created_at", created)
                        .set("updated_at", updated)
                        .set("deleted_at", deletedAt)
                        .set("deadline", deadline);
        rememberDeletion(row);
        row.announce(
                GoalsEvents.GOAL_CREATED,
                new GoalsEvents.GoalState(
                        id,
                        owner,
                        rootId,
                        parentId,
                        level,
                        title,
                        r.text("description"),
                        deadline,
                        completedAt == null ? null : completedAt.toInstant(),
                        updated.toInstant()));
        if (deletedAt != null) {
            row.announce(GoalsEvents.GOAL_DELETED, new GoalsEvents.GoalDeleted(id, rootId, owner));
        }
        flagOrder("goals", legacyId, "created_at", created, "updated_at", updated);
        mapped("goals");
    }

    /** The new id of a goal of the file or of a recovered node ("recovered:X"). */
    private UUID goalId(String legacyOrRecovered) {
        if (legacyOrRecovered.startsWith("recovered:")) {
            return recoveredRoot(legacyOrRecovered.substring("recovered:".length()));
        }
        return id(TargetTable.GOALS, legacyOrRecovered);
    }

    private UUID treeRoot(String legacyGoal) {
        String at = legacyGoal;
        while (parents.get(at) != null) {
            at = parents.get(at);
            if (at.startsWith("recovered:")) {
                return goalId(at);
            }
        }
        return id(TargetTable.GOALS, at);
    }

    /**
     * The tree a row belongs to, from its legacy root_id: the tree of that goal when the file has
     * it, else a recovered root for that id; null when the row names no tree (the caller falls
     * back).
     */
    private UUID tree(String legacyRootId, String ownId) {
        if (legacyRootId == null || legacyRootId.equals(ownId)) {
            return null;
        }
        UUID known = goalRoots.get(legacyRootId);
        return known != null ? known : recoveredRoot(legacyRootId);
    }

    private UUID treeOr(String legacyRootId, String ownId, UUID fallback, String what) {
        UUID tree = tree(legacyRootId, ownId);
        if (tree != null) {
            return tree;
        }
        if (fallback != null) {
            return fallback;
        }
        recover(what + ": names no tree; kept in the recovered tree 'Recovered (no tree)'");
        return recoveredRoot(null);
    }

    /**
     * A root goal standing in for a tree or goal the file does not have (its rows kept under it);
     * null names the one for rows that name no tree at all.
     */
    private UUID recoveredRoot(String missingLegacyId) {
        String legacyId = missingLegacyId == null ? NO_TREE : "recovered:" + missingLegacyId;
        UUID known = ids.get(TargetTable.GOALS).get(legacyId);
        if (known != null) {
            return known;
        }
        UUID id = LegacyIds.goals(owner, TargetTable.GOALS.table, legacyId);
        String title =
                missingLegacyId == null
                        ? "Recovered (no tree)"
                        : "Recovered goal " + prefix(missingLegacyId);
        String description =
                missingLegacyId == null
                        ? "Created by the import for rows of the legacy file that named no tree."
                        : "Created by the import: rows of the legacy file referred to "
                                + missingLegacyId
                                + ", which the file does not contain.";
        TargetRow row =
                row(TargetTable.GOALS, legacyId, id)
                        .set("root_id", id)
                        .set("parent_id", null)
                        .set("level", "UltimateGoal")
                        .set("title", title)
                        .set("description", description)
                        .set("sort_order", 0)
                        .set("completed_at", null)
                        .set("created_at", RECOVERED_AT)
                        .set("updated_at", RECOVERED_AT)
                        .set("deleted_at", null)
                        .set("deadline", null);
        row.announce(
                GoalsEvents.GOAL_CREATED,
                new GoalsEvents.GoalState(
                        id,
                        owner,
                        id,
                        null,
                        "UltimateGoal",
                        title,
                        description,
                        null,
                        null,
                        RECOVERED_AT.toInstant()));
        goalRoots.put(legacyId, id);
        recoveredRow(TargetTable.GOALS);
        return id;
    }

    // --- activities and metrics ----------------------------------------------------------------

    private void activityGroups() throws java.sql.SQLException {
        for (Row r : db.stream("activity_groups")) {
            String legacyId = start(r, "activity_groups");
            if (legacyId == null) {
                continue;
            }
            OffsetDateTime created = created(r, "activity_groups");
            row(TargetTable.ACTIVITY_GROUPS, legacyId, null)
                    .set(
                            "root_id",
                            treeOr(r.text("root_id"), null, null, "activity_groups " + legacyId))
                    .set("name", nonBlank(r.text("name"), "Untitled group"))
                    .set("description", r.text("description"))
                    .set("sort_order", orZero(r.integer("sort_order")))
                    .set("created_at", created)
                    .set("updated_at", updated(r, "activity_groups", created))
                    .set("deleted_at", time(r, "activity_groups", "deleted_at"));
            mapped("activity_groups");
        }
    }

    private void activityDefinitions() throws java.sql.SQLException {
        for (Row r : db.stream("activity_definitions")) {
            String legacyId = start(r, "activity_definitions");
            if (legacyId == null) {
                continue;
            }
            UUID root = treeOr(r.text("root_id"), null, null, "activity_definitions " + legacyId);
            UUID group = reference(TargetTable.ACTIVITY_GROUPS, r.text("group_id"));
            if (r.text("group_id") != null && group == null) {
                recover(
                        "activity_definitions "
                                + legacyId
                                + ": group "
                                + r.text("group_id")
                                + " is not in the file; imported without a group");
            }
            OffsetDateTime created = created(r, "activity_definitions");
            TargetRow row =
                    row(TargetTable.ACTIVITY_DEFINITIONS, legacyId, null)
                            .set("root_id", root)
                            .set("group_id", group)
                            .set("name", nonBlank(r.text("name"), "Untitled activity"))
                            .set("description", r.text("description"))
                            .set("has_sets", r.bool("has_sets", false))
                            .set("has_metrics", r.bool("has_metrics", true))
                            .set("metrics_multiplicative", r.bool("metrics_multiplicative", false))
                            .set("has_splits", r.bool("has_splits", false))
                            .set("sort_order", orZero(r.integer("sort_order")))
                            .set("created_at", created)
                            .set("updated_at", updated(r, "activity_definitions", created))
                            .set("deleted_at", time(r, "activity_definitions", "deleted_at"));
            activityRoots.put(row.id(), root);
            rememberDeletion(row);
            mapped("activity_definitions");
        }
    }

    private void metricDefinitions() throws java.sql.SQLException {
        for (Row r : db.stream("metric_definitions")) {
            String legacyId = start(r, "metric_definitions");
            if (legacyId == null) {
                continue;
            }
            UUID activity = reference(TargetTable.ACTIVITY_DEFINITIONS, r.text("activity_id"));
            if (activity == null) {
                quarantine(
                        r,
                        "metric_definitions",
                        "activity "
                                + r.text("activity_id")
                                + " is not in the file (its values are kept under a recovered metric)");
                continue;
            }
            OffsetDateTime created = created(r, "metric_definitions");
            row(TargetTable.METRIC_DEFINITIONS, legacyId, null)
                    .set("activity_id", activity)
                    .set("name", nonBlank(r.text("name"), "Untitled metric"))
                    .set("unit", r.text("unit") == null ? "" : r.text("unit"))
                    .set("is_active", r.bool("is_active", true))
                    .set("is_top_set_metric", r.bool("is_top_set_metric", false))
                    .set("is_multiplicative", r.bool("is_multiplicative", true))
                    .set("recovered", false)
                    .set("sort_order", orZero(r.integer("sort_order")))
                    .set("created_at", created)
                    .set("updated_at", updated(r, "metric_definitions", created))
                    .set("deleted_at", time(r, "metric_definitions", "deleted_at"));
            mapped("metric_definitions");
        }
    }

    /**
     * The metric a value or threshold names; when the legacy app hard-deleted it, a recovered
     * definition on the given activity ("Recovered metric <id prefix>", recovered = true) that
     * keeps the values: they are the user's data.
     */
    private UUID metric(String legacyMetricId, UUID activity, String what) {
        UUID known = reference(TargetTable.METRIC_DEFINITIONS, legacyMetricId);
        if (known != null) {
            return known;
        }
        String key = "recovered:" + legacyMetricId + "@" + activity;
        UUID existing = ids.get(TargetTable.METRIC_DEFINITIONS).get(key);
        if (existing != null) {
            return existing;
        }
        String name = "Recovered metric " + prefix(legacyMetricId);
        row(TargetTable.METRIC_DEFINITIONS, key, null)
                .set("activity_id", activity)
                .set("name", name)
                .set("unit", "")
                .set("is_active", true)
                .set("is_top_set_metric", false)
                .set("is_multiplicative", true)
                .set("recovered", true)
                .set("sort_order", 0)
                .set("created_at", RECOVERED_AT)
                .set("updated_at", RECOVERED_AT)
                .set("deleted_at", null);
        recoveredRow(TargetTable.METRIC_DEFINITIONS);
        recover(
                what
                        + ": metric "
                        + legacyMetricId
                        + " is not in the file (hard-deleted); its values are kept under '"
                        + name
                        + "' (recovered = true) on activity "
                        + activity);
        return ids.get(TargetTable.METRIC_DEFINITIONS).get(key);
    }

    /** The activity an instance names, or a recovered one in the instance's tree. */
    private UUID activity(String legacyActivityId, UUID root, String what) {
        UUID known = reference(TargetTable.ACTIVITY_DEFINITIONS, legacyActivityId);
        if (known != null) {
            return known;
        }
        String key = "recovered:" + legacyActivityId;
        UUID existing = ids.get(TargetTable.ACTIVITY_DEFINITIONS).get(key);
        if (existing != null) {
            return existing;
        }
        String name = "Recovered activity " + prefix(legacyActivityId);
        TargetRow row =
                row(TargetTable.ACTIVITY_DEFINITIONS, key, null)
                        .set("root_id", root)
                        .set("group_id", null)
                        .set("name", name)
                        .set(
                                "description",
                                "Created by the import: the legacy activity "
                                        + legacyActivityId
                                        + " was deleted.")
                        .set("has_sets", false)
                        .set("has_metrics", true)
                        .set("metrics_multiplicative", false)
                        .set("has_splits", false)
                        .set("sort_order", 0)
                        .set("created_at", RECOVERED_AT)
                        .set("updated_at", RECOVERED_AT)
                        .set("deleted_at", null);
        activityRoots.put(row.id(), root);
        recoveredRow(TargetTable.ACTIVITY_DEFINITIONS);
        recover(
                what
                        + ": activity "
                        + legacyActivityId
                        + " is not in the file; kept under '"
                        + name
                        + "'");
        return row.id();
    }

    private void splitDefinitions() throws java.sql.SQLException {
        for (Row r : db.stream("split_definitions")) {
            String legacyId = start(r, "split_definitions");
            if (legacyId == null) {
                continue;
            }
            UUID activity = reference(TargetTable.ACTIVITY_DEFINITIONS, r.text("activity_id"));
            if (activity == null) {
                quarantine(
                        r,
                        "split_definitions",
                        "activity " + r.text("activity_id") + " is not in the file");
                continue;
            }
            OffsetDateTime created = created(r, "split_definitions");
            row(TargetTable.SPLIT_DEFINITIONS, legacyId, null)
                    .set("activity_id", activity)
                    .set("name", nonBlank(r.text("name"), "Untitled split"))
                    .set("sort_order", orZero(r.integer("order")))
                    .set("created_at", created)
                    .set("updated_at", updated(r, "split_definitions", created))
                    .set("deleted_at", time(r, "split_definitions", "deleted_at"));
            mapped("split_definitions");
        }
    }

    // --- templates and programs ----------------------------------------------------------------

    private void sessionTemplates() throws java.sql.SQLException {
        for (Row r : db.stream("session_templates")) {
            String legacyId = start(r, "session_templates");
            if (legacyId == null) {
                continue;
            }
            OffsetDateTime created = created(r, "session_templates");
            JsonNode data = json(r, "session_templates", "template_data");
            row(TargetTable.SESSION_TEMPLATES, legacyId, null)
                    .set(
                            "root_id",
                            treeOr(r.text("root_id"), null, null, "session_templates " + legacyId))
                    .set("name", nonBlank(r.text("name"), "Untitled template"))
                    .set("description", r.text("description"))
                    .set("template_data", data != null && data.isObject() ? data.toString() : "{}")
                    .set("created_at", created)
                    .set("updated_at", updated(r, "session_templates", created))
                    .set("deleted_at", time(r, "session_templates", "deleted_at"));
            mapped("session_templates");
        }
    }

    private final Map<UUID, OffsetDateTime> programCreated = new HashMap<>();
    private final List<LegacyProgram> legacyPrograms = new ArrayList<>();
    private final Map<UUID, LegacyProgram> programsById = new HashMap<>();
    private final Map<UUID, TargetRow> blocks = new HashMap<>();

    /**
     * A program as the file has it, for what its JSON columns hold: {@code goal_ids} (the program's
     * goals) and, in the legacy form, the block list in {@code weekly_schedule}.
     */
    private record LegacyProgram(
            UUID id,
            String legacyId,
            UUID root,
            TargetRow row,
            JsonNode goalIds,
            JsonNode blocks) {}

    private void programs() throws java.sql.SQLException {
        for (Row r : db.stream("programs")) {
            String legacyId = start(r, "programs");
            if (legacyId == null) {
                continue;
            }
            LocalDate start = date(r, "programs", "start_date");
            LocalDate end = date(r, "programs", "end_date");
            if (start == null || end == null || end.isBefore(start)) {
                quarantine(
                        r,
                        "programs",
                        "start_date and end_date must be dates, end not before start ("
                                + r.text("start_date")
                                + " .. "
                                + r.text("end_date")
                                + ")");
                continue;
            }
            JsonNode schedule = json(r, "programs", "weekly_schedule");
            if (schedule != null && !schedule.isObject() && !schedule.isArray()) {
                warnings.add(
                        "programs "
                                + legacyId
                                + ": weekly_schedule holds "
                                + schedule.getNodeType().toString().toLowerCase()
                                + ", neither a weekly schedule nor a block list; imported as {}");
            }
            OffsetDateTime created = created(r, "programs");
            UUID root = treeOr(r.text("root_id"), null, null, "programs " + legacyId);
            TargetRow row =
                    row(TargetTable.PROGRAMS, legacyId, null)
                            .set("root_id", root)
                            .set("name", nonBlank(r.text("name"), "Untitled program"))
                            .set("description", r.text("description"))
                            .set("start_date", start)
                            .set("end_date", end)
                            .set("is_active", r.bool("is_active", true))
                            .set(
                                    "weekly_schedule",
                                    schedule != null && schedule.isObject()
                                            ? weeklySchedule(
                                                            schedule,
                                                            "/programs/"
                                                                    + legacyId
                                                                    + "/weekly_schedule",
                                                            null)
                                                    .toString()
                                            : "{}")
                            .set("created_at", created)
                            .set("updated_at", updated(r, "programs", created))
                            .set("deleted_at", time(r, "programs", "deleted_at"));
            programCreated.put(row.id(), created);
            LegacyProgram program =
                    new LegacyProgram(
                            row.id(),
                            legacyId,
                            root,
                            row,
                            json(r, "programs", "goal_ids"),
                            schedule != null && schedule.isArray() ? schedule : null);
            legacyPrograms.add(program);
            programsById.put(row.id(), program);
            mapped("programs");
        }
    }

    private final Map<UUID, OffsetDateTime> blockCreated = new HashMap<>();

    private void programBlocks() throws java.sql.SQLException {
        for (Row r : db.stream("program_blocks")) {
            String legacyId = start(r, "program_blocks");
            if (legacyId == null) {
                continue;
            }
            UUID program = reference(TargetTable.PROGRAMS, r.text("program_id"));
            if (program == null) {
                quarantine(
                        r,
                        "program_blocks",
                        "program " + r.text("program_id") + " is not in the file");
                continue;
            }
            TargetRow block =
                    block(
                            legacyId,
                            program,
                            r.text("name"),
                            date(r, "program_blocks", "start_date"),
                            date(r, "program_blocks", "end_date"),
                            r.text("color"),
                            orZero(r.integer("sort_order")));
            mapped("program_blocks");
            blockGoals(
                    BLOCK_GOALS,
                    "/program_blocks/" + legacyId + "/goal_ids",
                    json(r, "program_blocks", "goal_ids"),
                    block.id(),
                    programsById.get(program).root());
        }
    }

    private TargetRow block(
            String legacyId,
            UUID program,
            String name,
            LocalDate start,
            LocalDate end,
            String color,
            int sortOrder) {
        OffsetDateTime created = programCreated.get(program);
        TargetRow block =
                row(TargetTable.PROGRAM_BLOCKS, legacyId, null)
                        .set("program_id", program)
                        .set("name", nonBlank(name, "Block"))
                        .set("start_date", start)
                        .set("end_date", end)
                        .set("color", color)
                        .set("sort_order", sortOrder)
                        .set("created_at", created)
                        .set("updated_at", created);
        blockCreated.put(block.id(), created);
        blocks.put(block.id(), block);
        return block;
    }

    private void programDays() throws java.sql.SQLException {
        for (Row r : db.stream("program_days")) {
            String legacyId = start(r, "program_days");
            if (legacyId == null) {
                continue;
            }
            UUID block = reference(TargetTable.PROGRAM_BLOCKS, r.text("block_id"));
            if (block == null) {
                quarantine(
                        r, "program_days", "block " + r.text("block_id") + " is not in the file");
                continue;
            }
            day(
                    legacyId,
                    block,
                    date(r, "program_days", "date"),
                    r.integer("day_number"),
                    r.text("name"),
                    r.text("notes"),
                    r.bool("is_completed", false),
                    time(r, "program_days", "completed_at"));
            mapped("program_days");
        }
    }

    private TargetRow day(
            String legacyId,
            UUID block,
            LocalDate date,
            Integer dayNumber,
            String name,
            String notes,
            boolean completed,
            OffsetDateTime completedAt) {
        OffsetDateTime created = blockCreated.get(block);
        TargetRow day =
                row(TargetTable.PROGRAM_DAYS, legacyId, null)
                        .set("block_id", block)
                        .set("day_date", date)
                        .set("day_number", dayNumber)
                        .set("name", name)
                        .set("notes", notes)
                        .set("is_completed", completed)
                        .set("completed_at", completedAt)
                        .set("created_at", created)
                        .set("updated_at", created);
        if (date != null) {
            datedDays.putIfAbsent(block + "@" + date, day.id());
        }
        return day;
    }

    private void programDayTemplates() throws java.sql.SQLException {
        for (Row r : db.stream("program_day_templates")) {
            found("program_day_templates");
            dayTemplate(
                    r,
                    "program_day_templates",
                    r.text("program_day_id"),
                    r.text("session_template_id"),
                    r.integer("order"));
        }
    }

    /** v3's scheduled sessions: a template planned on a program day, as a day template. */
    private void scheduledSessions() throws java.sql.SQLException {
        for (Row r : db.stream("scheduled_sessions")) {
            found("scheduled_sessions");
            if (r.bool("is_completed", false)) {
                warnings.add(
                        "scheduled_sessions "
                                + r.text("id")
                                + ": was completed; goals-service derives a day's completion from its sessions");
            }
            dayTemplate(
                    r, "scheduled_sessions", r.text("day_id"), r.text("session_template_id"), null);
        }
    }

    private void dayTemplate(
            Row r, String source, String legacyDay, String legacyTemplate, Integer order) {
        UUID day = reference(TargetTable.PROGRAM_DAYS, legacyDay);
        UUID template = reference(TargetTable.SESSION_TEMPLATES, legacyTemplate);
        if (day == null || template == null) {
            quarantine(
                    r,
                    source,
                    (day == null
                                    ? "program day " + legacyDay
                                    : "session template " + legacyTemplate)
                            + " is not in the file");
        } else if (!linkKeys.add("day-template:" + day + "/" + template)) {
            merged(source);
        } else {
            link(TargetTable.PROGRAM_DAY_TEMPLATES)
                    .set("program_day_id", day)
                    .set("session_template_id", template)
                    .set("sort_order", orZero(order));
            mapped(source);
        }
    }

    // --- the legacy block list and the goals of programs and blocks ---------------------------

    /*
     * The tracker first kept a program's blocks as a JSON list in programs.weekly_schedule
     * ([{id, name, startDate, endDate, color, goal_ids, weeklySchedule: {monday: [template], ...,
     * daily: [...]}, days: [{id, day_number, name, notes, is_completed, templates: [{id}]}]}]),
     * before program_blocks and program_days; the real files have both, the same ids in each.
     * Each element of that JSON is a source row of its own (found = mapped + merged +
     * quarantined): a block or day the tables have is merged, one only in the JSON becomes a row;
     * a block's goals become program_block_goals; a block's weekly schedule is expanded over the
     * block's dates (within the program) into dated days with those templates, as goals-service
     * expands a program's schedule; a program's own goal_ids are attached to its last block, whose
     * end (the program's end) is their deadline within the program.
     */

    private static final String LIST_BLOCKS = "programs.weekly_schedule (blocks)";
    private static final String LIST_DAYS = "programs.weekly_schedule (days)";
    private static final String LIST_DAY_TEMPLATES = "programs.weekly_schedule (day templates)";
    private static final String LIST_BLOCK_GOALS = "programs.weekly_schedule (block goals)";
    private static final String WEEKLY_TEMPLATES = "weekly schedules (templates)";
    private static final String PROGRAM_GOALS = "programs.goal_ids (JSON)";
    private static final String BLOCK_GOALS = "program_blocks.goal_ids (JSON)";

    private static final List<String> SCHEDULE_DAYS =
            List.of(
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "daily");

    /** A block of a legacy block list: the program, the block's row (new or merged), its JSON. */
    private record ListedBlock(LegacyProgram program, TargetRow row, JsonNode json, String at) {}

    /** A day of a legacy block list: its row (new or merged) and its JSON. */
    private record ListedDay(TargetRow row, JsonNode json, String at) {}

    private final List<ListedBlock> listedBlocks = new ArrayList<>();
    private final List<ListedDay> listedDays = new ArrayList<>();
    private final Map<String, UUID> datedDays = new HashMap<>();

    private void legacyBlockList() {
        for (LegacyProgram program : legacyPrograms) {
            JsonNode list = program.blocks();
            for (int i = 0; list != null && i < list.size(); i++) {
                String at = "/programs/" + program.legacyId() + "/weekly_schedule/" + i;
                listedBlock(program, list.get(i), i, at);
            }
        }
    }

    private void listedBlock(LegacyProgram program, JsonNode json, int position, String at) {
        found(LIST_BLOCKS);
        if (!json.isObject()) {
            quarantineJson(LIST_BLOCKS, at, json, "a block must be a JSON object");
            return;
        }
        String legacyId =
                nonBlank(
                        LegacyJson.text(json, "id"),
                        program.legacyId() + "#weekly_schedule[" + position + "]");
        UUID known = reference(TargetTable.PROGRAM_BLOCKS, legacyId);
        if (known != null && !program.id().equals(blocks.get(known).values.get("program_id"))) {
            quarantineJson(
                    LIST_BLOCKS, at, json, "block " + legacyId + " belongs to another program");
            return;
        }
        TargetRow row;
        if (known != null) {
            row = blocks.get(known);
            merged(LIST_BLOCKS);
        } else {
            String what = "programs " + program.legacyId() + " block " + legacyId;
            row =
                    block(
                            legacyId,
                            program.id(),
                            LegacyJson.text(json, "name"),
                            jsonDate(json, what, "startDate", "start_date"),
                            jsonDate(json, what, "endDate", "end_date"),
                            LegacyJson.text(json, "color"),
                            position);
            mapped(LIST_BLOCKS);
        }
        listedBlocks.add(new ListedBlock(program, row, json, at));
    }

    private void legacyBlockListDays() {
        for (ListedBlock block : listedBlocks) {
            JsonNode days = block.json().get("days");
            for (int j = 0; days != null && days.isArray() && j < days.size(); j++) {
                listedDay(block, days.get(j), j, block.at() + "/days/" + j);
            }
        }
    }

    private void listedDay(ListedBlock block, JsonNode json, int position, String at) {
        found(LIST_DAYS);
        if (!json.isObject()) {
            quarantineJson(LIST_DAYS, at, json, "a day must be a JSON object");
            return;
        }
        String legacyId =
                nonBlank(
                        LegacyJson.text(json, "id"),
                        block.row().legacyId + "#days[" + position + "]");
        UUID known = reference(TargetTable.PROGRAM_DAYS, legacyId);
        TargetRow row;
        if (known != null) {
            row = rowOf(TargetTable.PROGRAM_DAYS, known);
            merged(LIST_DAYS);
        } else {
            String what = "programs " + block.program().legacyId() + " day " + legacyId;
            Double dayNumber = number(json.get("day_number"));
            row =
                    day(
                            legacyId,
                            block.row().id(),
                            jsonDate(json, what, "date"),
                            dayNumber == null ? null : (int) Math.round(dayNumber),
                            LegacyJson.text(json, "name"),
                            LegacyJson.text(json, "notes"),
                            json.path("is_completed").asBoolean(false),
                            null);
            mapped(LIST_DAYS);
        }
        JsonNode sessions = json.get("completed_sessions");
        if (sessions != null && sessions.isArray() && !sessions.isEmpty()) {
            warnings.add(
                    "programs "
                            + block.program().legacyId()
                            + " day "
                            + legacyId
                            + ": completed_sessions "
                            + sessions
                            + " not imported; goals-service derives a day's completion from its sessions");
        }
        listedDays.add(new ListedDay(row, json, at));
    }

    /** The block list's goals, day templates and weekly schedules, once every row exists. */
    private void legacyBlockListLinks() {
        for (ListedDay day : listedDays) {
            JsonNode templates = day.json().get("templates");
            for (int k = 0; templates != null && templates.isArray() && k < templates.size(); k++) {
                listedDayTemplate(
                        LIST_DAY_TEMPLATES,
                        day.at() + "/templates/" + k,
                        templates.get(k),
                        day.row().id(),
                        k);
            }
        }
        for (ListedBlock block : listedBlocks) {
            blockGoals(
                    LIST_BLOCK_GOALS,
                    block.at() + "/goal_ids",
                    block.json().get("goal_ids"),
                    block.row().id(),
                    block.program().root());
            JsonNode schedule = block.json().get("weeklySchedule");
            if (schedule != null && schedule.isObject()) {
                expand(block, schedule);
            }
        }
    }

    /**
     * The block's weekly schedule as dated days, one per date of the block (within the program)
     * that has templates, each with them (a day the block already has on that date is reused).
     */
    private void expand(ListedBlock block, JsonNode schedule) {
        TargetRow program = block.program().row();
        LocalDate from =
                later(
                        (LocalDate) block.row().values.get("start_date"),
                        (LocalDate) program.values.get("start_date"));
        LocalDate to =
                earlier(
                        (LocalDate) block.row().values.get("end_date"),
                        (LocalDate) program.values.get("end_date"));
        String refusal =
                block.row().values.get("start_date") == null
                                || block.row().values.get("end_date") == null
                        ? "the block has no dates to expand its weekly schedule over"
                        : null;
        Map<String, List<UUID>> templates =
                weeklyTemplates(weeklySchedule(schedule, block.at() + "/weeklySchedule", refusal));
        for (LocalDate date = from; refusal == null && !date.isAfter(to); date = date.plusDays(1)) {
            Set<UUID> on =
                    new java.util.LinkedHashSet<>(
                            templates.getOrDefault(
                                    date.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT),
                                    List.of()));
            on.addAll(templates.getOrDefault("daily", List.of()));
            if (on.isEmpty()) {
                continue;
            }
            UUID day = datedDays.get(block.row().id() + "@" + date);
            if (day == null) {
                day =
                        day(
                                        block.row().legacyId + "@" + date,
                                        block.row().id(),
                                        date,
                                        null,
                                        null,
                                        null,
                                        false,
                                        null)
                                .id();
            }
            int order = 0;
            for (UUID template : on) {
                if (linkKeys.add("day-template:" + day + "/" + template)) {
                    link(TargetTable.PROGRAM_DAY_TEMPLATES)
                            .set("program_day_id", day)
                            .set("session_template_id", template)
                            .set("sort_order", order);
                }
                order++;
            }
        }
    }

    /**
     * A weekly schedule ({"monday": [template], ..., "daily": [...]}) with the templates' new ids;
     * each template named is a source row: a weekday the schedule does not know, a template the
     * file does not have, or any at all when {@code refusal} says why not, is quarantined.
     */
    private com.fasterxml.jackson.databind.node.ObjectNode weeklySchedule(
            JsonNode schedule, String at, String refusal) {
        com.fasterxml.jackson.databind.node.ObjectNode out = LegacyJson.MAPPER.createObjectNode();
        schedule.fields()
                .forEachRemaining(
                        day -> {
                            // One template instead of a list is read as a list of one.
                            JsonNode list =
                                    day.getValue().isArray()
                                            ? day.getValue()
                                            : LegacyJson.MAPPER
                                                    .createArrayNode()
                                                    .add(day.getValue());
                            ArrayNode ids = null;
                            if (refusal == null && SCHEDULE_DAYS.contains(day.getKey())) {
                                ids = out.putArray(day.getKey());
                            }
                            for (int i = 0; i < list.size(); i++) {
                                weeklyTemplate(
                                        list.get(i),
                                        at + "/" + day.getKey() + "/" + i,
                                        ids,
                                        refusal != null
                                                ? refusal
                                                : ids == null
                                                        ? "'"
                                                                + day.getKey()
                                                                + "' is not a weekday (or daily)"
                                                        : null);
                            }
                        });
        return out;
    }

    private void weeklyTemplate(JsonNode element, String at, ArrayNode ids, String refusal) {
        found(WEEKLY_TEMPLATES);
        String legacyTemplate = legacyRef(element);
        UUID template = reference(TargetTable.SESSION_TEMPLATES, legacyTemplate);
        if (refusal != null) {
            quarantineJson(WEEKLY_TEMPLATES, at, element, refusal);
        } else if (template == null) {
            quarantineJson(
                    WEEKLY_TEMPLATES,
                    at,
                    element,
                    "session template " + legacyTemplate + " is not in the file");
        } else {
            ids.add(template.toString());
            mapped(WEEKLY_TEMPLATES);
        }
    }

    private static Map<String, List<UUID>> weeklyTemplates(JsonNode schedule) {
        Map<String, List<UUID>> out = new HashMap<>();
        schedule.fields()
                .forEachRemaining(
                        day -> {
                            List<UUID> ids = new ArrayList<>();
                            day.getValue().forEach(id -> ids.add(UUID.fromString(id.asText())));
                            out.put(day.getKey(), ids);
                        });
        return out;
    }

    /** A program's own goals, on its last block (a block made for them when it has none). */
    private void programGoals() {
        for (LegacyProgram program : legacyPrograms) {
            JsonNode goals = program.goalIds();
            if (goals == null || goals.isArray() && goals.isEmpty()) {
                continue;
            }
            blockGoals(
                    PROGRAM_GOALS,
                    "/programs/" + program.legacyId() + "/goal_ids",
                    goals,
                    lastBlock(program).id(),
                    program.root());
        }
    }

    /** The block that ends last (then the last in order); a recovered one when there is none. */
    private TargetRow lastBlock(LegacyProgram program) {
        TargetRow last = null;
        for (TargetRow block : rows.get(TargetTable.PROGRAM_BLOCKS)) {
            if (program.id().equals(block.values.get("program_id"))
                    && (last == null || BLOCK_END.compare(block, last) >= 0)) {
                last = block;
            }
        }
        if (last != null) {
            return last;
        }
        TargetRow recovered =
                block(
                        "recovered:goals-of:" + program.legacyId(),
                        program.id(),
                        "Recovered block (program goals)",
                        (LocalDate) program.row().values.get("start_date"),
                        (LocalDate) program.row().values.get("end_date"),
                        null,
                        0);
        recoveredRow(TargetTable.PROGRAM_BLOCKS);
        recover(
                "programs "
                        + program.legacyId()
                        + ": goal_ids name the program's goals but it has no block; they are"
                        + " attached to 'Recovered block (program goals)', spanning the program");
        return recovered;
    }

    private static final java.util.Comparator<TargetRow> BLOCK_END =
            java.util.Comparator.comparing(
                            (TargetRow b) -> (LocalDate) b.values.get("end_date"),
                            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                    .thenComparing(b -> (Integer) b.values.get("sort_order"));

    /** Each goal of a JSON list (ids, or objects with an id) linked to the block. */
    private void blockGoals(String source, String at, JsonNode goals, UUID block, UUID root) {
        if (goals == null) {
            return;
        }
        if (!goals.isArray()) {
            found(source);
            quarantineJson(source, at, goals, "goal_ids must be a JSON list");
            return;
        }
        for (int i = 0; i < goals.size(); i++) {
            blockGoal(source, at + "/" + i, goals.get(i), block, root);
        }
    }

    private void blockGoal(String source, String at, JsonNode element, UUID block, UUID root) {
        found(source);
        String legacyGoal = legacyRef(element);
        UUID goal = reference(TargetTable.GOALS, legacyGoal);
        if (goal == null) {
            quarantineJson(source, at, element, "goal " + legacyGoal + " is not in the file");
        } else if (!root.equals(goalRoots.get(legacyGoal))) {
            quarantineJson(
                    source,
                    at,
                    element,
                    "goal " + legacyGoal + " is in another tree than its program");
        } else if (linkKeys.add("block-goal:" + block + "/" + goal)) {
            link(TargetTable.PROGRAM_BLOCK_GOALS).set("block_id", block).set("goal_id", goal);
            mapped(source);
        } else {
            merged(source);
        }
    }

    /** A template of a day of the JSON block list, as a program_day_templates link. */
    private void listedDayTemplate(
            String source, String at, JsonNode element, UUID day, int order) {
        found(source);
        String legacyTemplate = legacyRef(element);
        UUID template = reference(TargetTable.SESSION_TEMPLATES, legacyTemplate);
        if (template == null) {
            quarantineJson(
                    source,
                    at,
                    element,
                    "session template " + legacyTemplate + " is not in the file");
        } else if (!linkKeys.add("day-template:" + day + "/" + template)) {
            merged(source);
        } else {
            link(TargetTable.PROGRAM_DAY_TEMPLATES)
                    .set("program_day_id", day)
                    .set("session_template_id", template)
                    .set("sort_order", order);
            mapped(source);
        }
    }

    /** The id a JSON list element names: the element itself, or its "id". */
    private static String legacyRef(JsonNode element) {
        if (element.isObject()) {
            return LegacyJson.text(element, "id");
        }
        return element.isValueNode() && !element.isNull() ? element.asText() : null;
    }

    /** The first of the fields that holds a date; a value that is not one is a warning. */
    private LocalDate jsonDate(JsonNode json, String what, String... fields) {
        for (String field : fields) {
            String text = LegacyJson.text(json, field);
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                return SourceTime.date(text);
            } catch (SourceTime.Unparseable e) {
                warnings.add(what + ": " + field + " " + e.getMessage() + "; imported as empty");
                return null;
            }
        }
        return null;
    }

    private TargetRow rowOf(TargetTable table, UUID id) {
        for (TargetRow row : rows.get(table)) {
            if (id.equals(row.id())) {
                return row;
            }
        }
        throw new IllegalStateException(table.table + " " + id + " was mapped but has no row");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    // --- sessions ------------------------------------------------------------------------------

    /**
     * The same session lives in {@code sessions} (v4), as a PracticeSession row of {@code goals}
     * (v2, v3) and in {@code practice_sessions} (v1): one session, the newest form first; the
     * others are counted as merged.
     */
    private void sessions() throws java.sql.SQLException {
        for (Row r : db.stream("sessions")) {
            session(r, "sessions");
        }
        for (Row r : db.stream("goals")) {
            if (SESSION_TYPE.equals(r.text("type"))) {
                session(r, "goals");
            }
        }
        for (Row r : db.stream("practice_sessions")) {
            session(r, "practice_sessions");
        }
    }

    private void session(Row r, String source) {
        String sourceName = source.equals("goals") ? "goals (PracticeSession)" : source;
        found(sourceName);
        String legacyId = r.text("id");
        if (legacyId == null) {
            quarantine(r, sourceName, "session without an id");
            return;
        }
        UUID id = id(TargetTable.SESSIONS, legacyId);
        if (sessions.containsKey(id)) {
            merged(sourceName);
            return;
        }
        String parent = r.text("parent_id");
        UUID parentGoal = parent == null ? null : ids.get(TargetTable.GOALS).get(parent);
        UUID root =
                treeOr(
                        r.text("root_id"),
                        legacyId,
                        parent == null ? null : goalRoots.get(parent),
                        "sessions " + legacyId);
        OffsetDateTime created = created(r, "sessions");
        OffsetDateTime updated = updated(r, "sessions", created);
        OffsetDateTime start = time(r, "sessions", "session_start");
        OffsetDateTime end = time(r, "sessions", "session_end");
        if (start != null && end != null && end.isBefore(start)) {
            flag(
                    "sessions",
                    legacyId,
                    "session_end "
                            + end
                            + " is before session_start "
                            + start
                            + "; imported without an end");
            end = null;
        }
        flagOrder("sessions", legacyId, "created_at", created, "updated_at", updated);
        JsonNode attributes =
                json(r, "sessions", r.text("attributes") != null ? "attributes" : "session_data");
        boolean completed = r.bool("completed", false);
        OffsetDateTime completedAt = time(r, "sessions", "completed_at");
        TargetRow row =
                row(TargetTable.SESSIONS, legacyId, id)
                        .set("root_id", root)
                        .set("name", nonBlank(r.text("name"), "Untitled session"))
                        .set("description", r.text("description"))
                        .set("session_start", start)
                        .set("session_end", end)
                        .set("duration_minutes", r.integer("duration_minutes"))
                        .set("total_duration_seconds", r.integer("total_duration_seconds"))
                        .set(
                                "template_id",
                                optional(
                                        TargetTable.SESSION_TEMPLATES,
                                        r.text("template_id"),
                                        "sessions " + legacyId,
                                        "template"))
                        .set(
                                "program_day_id",
                                optional(
                                        TargetTable.PROGRAM_DAYS,
                                        r.text("program_day_id"),
                                        "sessions " + legacyId,
                                        "program day"))
                        .set(
                                "attributes",
                                attributes != null && attributes.isObject()
                                        ? attributes.toString()
                                        : "{}")
                        .set("completed", completed)
                        .set("completed_at", completedAt)
                        .set("created_at", created)
                        .set("updated_at", updated)
                        .set("deleted_at", time(r, "sessions", "deleted_at"));
        sessions.put(id, row);
        sessionRoots.put(id, root);
        rememberDeletion(row);
        mapped(sourceName);
        if (parentGoal != null) {
            sessionGoal(id, parentGoal, goalType(parent, null), created);
        } else if (parent != null) {
            recover(
                    "sessions "
                            + legacyId
                            + ": its goal "
                            + parent
                            + " is not in the file; not linked");
        }
    }

    private UUID optional(TargetTable table, String legacyId, String what, String noun) {
        UUID id = reference(table, legacyId);
        if (legacyId != null && id == null) {
            recover(
                    what
                            + ": "
                            + noun
                            + " "
                            + legacyId
                            + " is not in the file; imported without it");
        }
        return id;
    }

    private void sessionGoals() throws java.sql.SQLException {
        for (Row r : db.stream("practice_session_goals")) {
            sessionGoalRow(
                    r,
                    "practice_session_goals",
                    r.text("practice_session_id"),
                    r.text("short_term_goal_id"),
                    "short_term");
        }
        for (Row r : db.stream("session_goals")) {
            sessionGoalRow(
                    r,
                    "session_goals",
                    r.text("session_id"),
                    r.text("goal_id"),
                    r.text("goal_type"));
        }
    }

    private void sessionGoalRow(
            Row r, String source, String legacySession, String legacyGoal, String type) {
        found(source);
        UUID session = reference(TargetTable.SESSIONS, legacySession);
        UUID goal = reference(TargetTable.GOALS, legacyGoal);
        if (session == null || goal == null) {
            quarantine(
                    r,
                    source,
                    (session == null ? "session " + legacySession : "goal " + legacyGoal)
                            + " is not in the file");
            return;
        }
        String goalType = goalType(legacyGoal, type);
        if (goalType == null) {
            quarantine(r, source, "goal_type '" + type + "' is neither short_term nor immediate");
        } else if (sessionGoal(session, goal, goalType, time(r, source, "created_at"))) {
            mapped(source);
        } else {
            merged(source);
        }
    }

    /** short_term or immediate: as the row says, else by the goal's level. */
    private String goalType(String legacyGoal, String type) {
        if ("short_term".equals(type) || "immediate".equals(type)) {
            return type;
        }
        if (type != null) {
            return null;
        }
        return "ImmediateGoal".equals(goalLevels.get(legacyGoal)) ? "immediate" : "short_term";
    }

    private boolean sessionGoal(UUID session, UUID goal, String type, OffsetDateTime created) {
        if (!linkKeys.add("session-goal:" + session + "/" + goal)) {
            return false;
        }
        OffsetDateTime at =
                created != null
                        ? created
                        : (OffsetDateTime) sessions.get(session).values.get("created_at");
        link(TargetTable.SESSION_GOALS)
                .set("session_id", session)
                .set("goal_id", goal)
                .set("goal_type", type)
                .set("created_at", at);
        sessionGoals.computeIfAbsent(session, s -> new ArrayList<>()).add(goal);
        return true;
    }

    /** Completed sessions announce SessionCompleted (the contract has no event for others). */
    private void announceSessions() {
        for (TargetRow s : rows.get(TargetTable.SESSIONS)) {
            if (!(Boolean) s.values.get("completed")) {
                continue;
            }
            OffsetDateTime completedAt = (OffsetDateTime) s.values.get("completed_at");
            if (completedAt == null) {
                completedAt = (OffsetDateTime) s.values.get("updated_at");
            }
            s.announce(
                    GoalsEvents.SESSION_COMPLETED,
                    new GoalsEvents.SessionCompleted(
                            s.id(),
                            owner,
                            (UUID) s.values.get("root_id"),
                            (String) s.values.get("name"),
                            (String) s.values.get("description"),
                            instant(s.values.get("session_start")),
                            instant(s.values.get("session_end")),
                            (Integer) s.values.get("total_duration_seconds"),
                            sessionGoals.getOrDefault(s.id(), List.of()),
                            completedAt.toInstant()));
        }
    }

    // --- activity instances and metric values -------------------------------------------------

    private void activityInstances() throws java.sql.SQLException {
        for (Row r : db.stream("activity_instances")) {
            String legacyId = start(r, "activity_instances");
            if (legacyId == null) {
                continue;
            }
            String legacySession =
                    r.text("session_id") != null
                            ? r.text("session_id")
                            : r.text("practice_session_id");
            UUID session = reference(TargetTable.SESSIONS, legacySession);
            if (legacySession != null && session == null) {
                recover(
                        "activity_instances "
                                + legacyId
                                + ": session "
                                + legacySession
                                + " is not in the file; kept without a session");
            }
            UUID knownActivity =
                    reference(TargetTable.ACTIVITY_DEFINITIONS, r.text("activity_definition_id"));
            UUID fallbackRoot =
                    session != null
                            ? sessionRoots.get(session)
                            : knownActivity != null ? activityRoots.get(knownActivity) : null;
            UUID root =
                    treeOr(r.text("root_id"), null, fallbackRoot, "activity_instances " + legacyId);
            UUID activity =
                    knownActivity != null
                            ? knownActivity
                            : activity(
                                    r.text("activity_definition_id"),
                                    root,
                                    "activity_instances " + legacyId);
            OffsetDateTime created = created(r, "activity_instances");
            OffsetDateTime start = time(r, "activity_instances", "time_start");
            OffsetDateTime stop = time(r, "activity_instances", "time_stop");
            if (start != null && stop != null && stop.isBefore(start)) {
                flag(
                        "activity_instances",
                        legacyId,
                        "time_stop "
                                + stop
                                + " is before time_start "
                                + start
                                + "; imported without a stop");
                stop = null;
            }
            Integer duration = r.integer("duration_seconds");
            if (duration != null && duration < 0) {
                flag(
                        "activity_instances",
                        legacyId,
                        "duration_seconds "
                                + duration
                                + " is negative; imported without a duration");
                duration = null;
            }
            if (session != null) {
                flagOutsideSession(legacyId, sessions.get(session), start, stop);
            }
            TargetRow row =
                    row(TargetTable.ACTIVITY_INSTANCES, legacyId, null)
                            .set("root_id", root)
                            .set("session_id", session)
                            .set("activity_definition_id", activity)
                            .set("sort_order", orZero(r.integer("sort_order")))
                            .set("time_start", start)
                            .set("time_stop", stop)
                            .set("duration_seconds", duration)
                            .set("completed", r.bool("completed", false))
                            .set("notes", r.text("notes"))
                            .set("created_at", created)
                            .set("updated_at", updated(r, "activity_instances", created))
                            .set("deleted_at", time(r, "activity_instances", "deleted_at"));
            instances.put(row.id(), row);
            rememberDeletion(row);
            mapped("activity_instances");
            setValues(r, legacyId, row);
        }
    }

    /**
     * Set-based instances keep their values in data JSON ({"sets": [{"metrics": [{"metric_id",
     * "value"}]}]}): one metric value per set and metric, with set_index.
     */
    private void setValues(Row r, String legacyId, TargetRow instance) {
        JsonNode data = json(r, "activity_instances", "data");
        JsonNode sets = data == null ? null : data.get("sets");
        if (sets == null || !sets.isArray()) {
            return;
        }
        for (int s = 0; s < sets.size(); s++) {
            JsonNode metrics = sets.get(s).get("metrics");
            if (metrics == null || !metrics.isArray()) {
                continue;
            }
            for (int m = 0; m < metrics.size(); m++) {
                JsonNode value = metrics.get(m);
                String key = legacyId + "#sets[" + s + "].metrics[" + m + "]";
                found("activity_instances.data (set values)");
                Double number = number(value.get("value"));
                String metricId = LegacyJson.text(value, "metric_id");
                if (number == null || metricId == null) {
                    quarantine.record(
                            db.file(),
                            "/activity_instances.data/" + key,
                            value,
                            value.path("value").asText().isBlank()
                                    ? "set value is empty (nothing was entered)"
                                    : "set value needs a metric_id and a numeric value");
                    count("activity_instances.data (set values)", 3);
                    continue;
                }
                metricValue(
                        key,
                        instance,
                        metricId,
                        null,
                        s,
                        number,
                        (OffsetDateTime) instance.values.get("created_at"),
                        null);
                mapped("activity_instances.data (set values)");
            }
        }
    }

    private void metricValues() throws java.sql.SQLException {
        for (Row r : db.stream("metric_values")) {
            String legacyId = start(r, "metric_values");
            if (legacyId == null) {
                continue;
            }
            TargetRow instance =
                    instances.get(
                            reference(
                                    TargetTable.ACTIVITY_INSTANCES,
                                    r.text("activity_instance_id")));
            Double value = number(r.get("value"));
            if (instance == null) {
                quarantine(
                        r,
                        "metric_values",
                        "activity instance "
                                + r.text("activity_instance_id")
                                + " is not in the file");
                continue;
            }
            if (value == null) {
                quarantine(r, "metric_values", "value '" + r.text("value") + "' is not a number");
                continue;
            }
            OffsetDateTime created = time(r, "metric_values", "created_at");
            metricValue(
                    legacyId,
                    instance,
                    r.text("metric_definition_id"),
                    r.text("split_definition_id"),
                    null,
                    value,
                    created != null ? created : (OffsetDateTime) instance.values.get("created_at"),
                    time(r, "metric_values", "updated_at"));
            mapped("metric_values");
        }
    }

    private void metricValue(
            String legacyId,
            TargetRow instance,
            String legacyMetric,
            String legacySplit,
            Integer setIndex,
            double value,
            OffsetDateTime created,
            OffsetDateTime updated) {
        UUID activity = (UUID) instance.values.get("activity_definition_id");
        UUID metric = metric(legacyMetric, activity, "metric_values " + legacyId);
        UUID split =
                optional(
                        TargetTable.SPLIT_DEFINITIONS,
                        legacySplit,
                        "metric_values " + legacyId,
                        "split");
        row(TargetTable.METRIC_VALUES, legacyId, null)
                .set("activity_instance_id", instance.id())
                .set("metric_definition_id", metric)
                .set("split_definition_id", split)
                .set("set_index", setIndex)
                .set("value", value)
                .set("created_at", created)
                .set("updated_at", updated != null ? updated : created);
    }

    // --- notes and targets ---------------------------------------------------------------------

    private static final Set<String> NOTE_CONTEXTS =
            Set.of("session", "activity_instance", "set", "activity_definition");

    private void notes() throws java.sql.SQLException {
        for (Row r : db.stream("notes")) {
            String legacyId = start(r, "notes");
            if (legacyId == null) {
                continue;
            }
            String context = r.text("context_type");
            String content = r.text("content");
            if (!NOTE_CONTEXTS.contains(context)) {
                quarantine(
                        r,
                        "notes",
                        "context_type '" + context + "' is not one of " + NOTE_CONTEXTS);
                continue;
            }
            if (content == null) {
                quarantine(r, "notes", "note without content");
                continue;
            }
            String what = "notes " + legacyId;
            UUID session = optional(TargetTable.SESSIONS, r.text("session_id"), what, "session");
            UUID instance =
                    optional(
                            TargetTable.ACTIVITY_INSTANCES,
                            r.text("activity_instance_id"),
                            what,
                            "activity instance");
            UUID activity =
                    optional(
                            TargetTable.ACTIVITY_DEFINITIONS,
                            r.text("activity_definition_id"),
                            what,
                            "activity");
            UUID fallback =
                    session != null
                            ? sessionRoots.get(session)
                            : activity != null ? activityRoots.get(activity) : null;
            UUID root = treeOr(r.text("root_id"), null, fallback, what);
            Integer setIndex = r.integer("set_index");
            if (setIndex != null && setIndex < 0) {
                setIndex = null;
            }
            OffsetDateTime created = created(r, "notes");
            OffsetDateTime updated = updated(r, "notes", created);
            OffsetDateTime deleted = time(r, "notes", "deleted_at");
            if (deleted == null) {
                deleted = deletedWithContext(context, root, session, instance, activity);
                if (deleted != null) {
                    notesDeletedWithContext++;
                }
            }
            UUID id = id(TargetTable.NOTES, legacyId);
            TargetRow row =
                    row(TargetTable.NOTES, legacyId, id)
                            .set("root_id", root)
                            .set("context_type", context)
                            .set("session_id", session)
                            .set("activity_instance_id", instance)
                            .set("activity_definition_id", activity)
                            .set("set_index", setIndex)
                            .set("content", content)
                            .set("created_at", created)
                            .set("updated_at", updated)
                            .set("deleted_at", deleted);
            row.announce(
                    GoalsEvents.NOTE_SAVED,
                    new GoalsEvents.NoteSaved(
                            id,
                            owner,
                            root,
                            context,
                            session,
                            instance,
                            activity,
                            setIndex,
                            content,
                            created.toInstant(),
                            updated.toInstant()));
            if (deleted != null) {
                row.announce(GoalsEvents.NOTE_DELETED, new GoalsEvents.NoteDeleted(id, owner));
            }
            flagOrder("notes", legacyId, "created_at", created, "updated_at", updated);
            mapped("notes");
        }
        if (notesDeletedWithContext > 0) {
            warnings.add(
                    "notes: "
                            + notesDeletedWithContext
                            + " live in the file under a deleted session, activity instance,"
                            + " activity or tree were imported deleted with it (at its deleted_at),"
                            + " as goals-service deletes notes with what they are about");
        }
    }

    private void rememberDeletion(TargetRow row) {
        if (row.values.get("deleted_at") instanceof OffsetDateTime at) {
            deletedContexts.put(row.id(), at);
        }
    }

    /**
     * A live legacy note whose context was soft-deleted (the legacy app never cascaded): the
     * earliest deletion among its session, instance and tree's root (a note about an activity: the
     * activity's), as goals-service would have stamped it; a root restore then brings it back
     * exactly when the service would. Null when its context is live.
     */
    private OffsetDateTime deletedWithContext(
            String context, UUID root, UUID session, UUID instance, UUID activity) {
        List<UUID> about =
                "activity_definition".equals(context)
                        ? Arrays.asList(activity)
                        : Arrays.asList(session, instance, root);
        OffsetDateTime earliest = null;
        for (UUID id : about) {
            OffsetDateTime at = id == null ? null : deletedContexts.get(id);
            if (at != null && (earliest == null || at.isBefore(earliest))) {
                earliest = at;
            }
        }
        return earliest;
    }

    /**
     * goals.targets JSON ([{id, activity_id, name, description, metrics: [{metric_id, value}]}]) to
     * goal_targets rows with thresholds [{metricId, min}].
     */
    private void goalTargets() {
        for (Row r : goalRows.values()) {
            if (r.text("targets") == null) {
                continue;
            }
            JsonNode targets = json(r, "goals", "targets");
            if (targets == null || !targets.isArray()) {
                continue;
            }
            String goalLegacy = r.text("id");
            UUID goal = id(TargetTable.GOALS, goalLegacy);
            for (int i = 0; i < targets.size(); i++) {
                JsonNode t = targets.get(i);
                String legacyId =
                        LegacyJson.text(t, "id") != null
                                ? LegacyJson.text(t, "id")
                                : goalLegacy + "#targets[" + i + "]";
                found("goals.targets (JSON)");
                if (ids.get(TargetTable.GOAL_TARGETS).containsKey(legacyId)) {
                    merged("goals.targets (JSON)");
                    continue;
                }
                String what = "goals " + goalLegacy + " target " + legacyId;
                UUID activity =
                        optional(
                                TargetTable.ACTIVITY_DEFINITIONS,
                                LegacyJson.text(t, "activity_id"),
                                what,
                                "activity");
                ArrayNode thresholds = LegacyJson.MAPPER.createArrayNode();
                JsonNode metrics = t.get("metrics");
                for (JsonNode m :
                        metrics != null && metrics.isArray()
                                ? metrics
                                : LegacyJson.MAPPER.createArrayNode()) {
                    String legacyMetric = LegacyJson.text(m, "metric_id");
                    Double min = number(m.get("value"));
                    if (legacyMetric == null || min == null) {
                        warnings.add(
                                what
                                        + ": threshold "
                                        + m
                                        + " needs a metric_id and a numeric value; left out");
                        continue;
                    }
                    UUID metric =
                            activity != null
                                    ? metric(legacyMetric, activity, what)
                                    : reference(TargetTable.METRIC_DEFINITIONS, legacyMetric);
                    if (metric == null) {
                        warnings.add(
                                what
                                        + ": threshold on metric "
                                        + legacyMetric
                                        + " of a missing activity; left out");
                        continue;
                    }
                    thresholds.addObject().put("metricId", metric.toString()).put("min", min);
                }
                OffsetDateTime created = created(r, "goals");
                row(TargetTable.GOAL_TARGETS, legacyId, null)
                        .set("root_id", goalRoots.get(goalLegacy))
                        .set("goal_id", goal)
                        .set("activity_id", activity)
                        .set("name", nonBlank(LegacyJson.text(t, "name"), "Target"))
                        .set("description", LegacyJson.text(t, "description"))
                        .set("thresholds", thresholds.toString())
                        .set("achieved_at", null)
                        .set("achieved_by", null)
                        .set("created_at", created)
                        .set("updated_at", updated(r, "goals", created));
                mapped("goals.targets (JSON)");
            }
        }
    }

    // --- time rules ----------------------------------------------------------------------------

    private void flagOrder(
            String table,
            String legacyId,
            String firstName,
            OffsetDateTime first,
            String secondName,
            OffsetDateTime second) {
        if (first != null && second != null && second.isBefore(first)) {
            flag(
                    table,
                    legacyId,
                    secondName + " " + second + " is before " + firstName + " " + first);
        }
    }

    private void flagOutsideSession(
            String legacyId, TargetRow session, OffsetDateTime start, OffsetDateTime stop) {
        OffsetDateTime from = (OffsetDateTime) session.values.get("session_start");
        OffsetDateTime to = (OffsetDateTime) session.values.get("session_end");
        if (from != null && start != null && start.isBefore(from.minus(SESSION_SLACK))) {
            flag(
                    "activity_instances",
                    legacyId,
                    "time_start " + start + " is before its session's start " + from);
        }
        if (to != null && stop != null && stop.isAfter(to.plus(SESSION_SLACK))) {
            flag(
                    "activity_instances",
                    legacyId,
                    "time_stop " + stop + " is after its session's end " + to);
        }
    }

    private void flag(String table, String legacyId, String problem) {
        timeFlags.add(new TimeFlag(table, legacyId, problem));
    }

    private OffsetDateTime time(Row r, String table, String column) {
        try {
            return time.parse(r.get(column));
        } catch (SourceTime.Unparseable e) {
            warnings.add(
                    table
                            + " "
                            + r.text("id")
                            + ": "
                            + column
                            + " "
                            + e.getMessage()
                            + "; imported as empty");
            return null;
        }
    }

    private LocalDate date(Row r, String table, String column) {
        try {
            return SourceTime.date(r.get(column));
        } catch (SourceTime.Unparseable e) {
            warnings.add(
                    table
                            + " "
                            + r.text("id")
                            + ": "
                            + column
                            + " "
                            + e.getMessage()
                            + "; imported as empty");
            return null;
        }
    }

    /** created_at, else updated_at; a row with neither is flagged and dated like recovered rows. */
    private OffsetDateTime created(Row r, String table) {
        OffsetDateTime created = time(r, table, "created_at");
        if (created == null) {
            created = time(r, table, "updated_at");
        }
        if (created == null) {
            flag(table, r.text("id"), "no created_at; imported as " + RECOVERED_AT);
            created = RECOVERED_AT;
        }
        return created;
    }

    private OffsetDateTime updated(Row r, String table, OffsetDateTime created) {
        OffsetDateTime updated = time(r, table, "updated_at");
        return updated != null ? updated : created;
    }

    // --- bookkeeping ---------------------------------------------------------------------------

    /** Counts the row as found; null (after quarantining it) when it has no id. */
    private String start(Row r, String table) {
        found(table);
        String id = r.text("id");
        if (id == null) {
            quarantine(r, table, "row without an id");
            return null;
        }
        TargetTable target = targetOf(table);
        if (target != null && ids.get(target).containsKey(id)) {
            merged(table);
            warnings.add(table + ": id " + id + " appears twice; the first row was imported");
            return null;
        }
        return id;
    }

    private static TargetTable targetOf(String sourceTable) {
        for (TargetTable t : TargetTable.values()) {
            if (t.table.equals(sourceTable)) {
                return t;
            }
        }
        return null;
    }

    private TargetRow row(TargetTable table, String legacyId, UUID knownId) {
        UUID id = knownId != null ? knownId : id(table, legacyId);
        TargetRow row =
                new TargetRow(table, legacyId)
                        .set("id", id)
                        .set("owner_id", owner)
                        .set("legacy_id", legacyId);
        rows.get(table).add(row);
        ids.get(table).put(legacyId, id);
        return row;
    }

    private TargetRow link(TargetTable table) {
        TargetRow row = new TargetRow(table, null).set("owner_id", owner);
        rows.get(table).add(row);
        return row;
    }

    private UUID id(TargetTable table, String legacyId) {
        return LegacyIds.goals(owner, table.table, legacyId);
    }

    /** The new id of a row of the file this run maps, or null (absent, or not in the file). */
    private UUID reference(TargetTable table, String legacyId) {
        return legacyId == null ? null : ids.get(table).get(legacyId);
    }

    /** The column as JSON; invalid JSON is quarantined with its reason and reads as null. */
    private JsonNode json(Row r, String table, String column) {
        String text = r.text(column);
        if (text == null) {
            return null;
        }
        try {
            return LegacyJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            quarantine.record(
                    db.file(),
                    "/" + table + "/" + r.text("id") + "/" + column,
                    new TextNode(text),
                    column
                            + " is not valid JSON ("
                            + e.getOriginalMessage()
                            + "); the row is imported without it");
            count(sourceName(table, r), 4);
            return null;
        }
    }

    private static String sourceName(String table, Row r) {
        return table.equals("sessions") && r.table().equals("goals")
                ? "goals (PracticeSession)"
                : table.equals("sessions") ? r.table() : table;
    }

    /** An element of a JSON column, quarantined with its reason, counted under its source. */
    private void quarantineJson(String source, String pointer, JsonNode element, String reason) {
        quarantine.record(db.file(), pointer, element, reason);
        count(source, 3);
    }

    private void quarantine(Row r, String table, String reason) {
        quarantine.record(db.file(), "/" + r.table() + "/" + rowName(r), r.json(), reason);
        count(table, 3);
    }

    /** The row's id, else (a link row) the ids it links, "a+b". */
    private static String rowName(Row r) {
        if (r.text("id") != null) {
            return r.text("id");
        }
        List<String> parts = new ArrayList<>();
        r.index().keySet().stream()
                .filter(c -> c.endsWith("_id"))
                .sorted()
                .forEach(c -> parts.add(String.valueOf(r.text(c))));
        return String.join("+", parts);
    }

    private void recover(String what) {
        recovered.add(what);
    }

    private void recoveredRow(TargetTable table) {
        recoveredRows.merge(table, 1L, Long::sum);
    }

    private void found(String table) {
        count(table, 0);
    }

    private void mapped(String table) {
        count(table, 1);
    }

    private void merged(String table) {
        count(table, 2);
    }

    private void count(String table, int which) {
        sources.computeIfAbsent(table, t -> new long[5])[which]++;
    }

    private static Double number(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof JsonNode node) {
            if (node.isNumber()) {
                return node.doubleValue();
            }
            if (!node.isTextual()) {
                return null;
            }
            value = node.asText();
        }
        try {
            double d = Double.parseDouble(value.toString().strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String level(String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip();
        if (LEVELS.contains(t)) {
            return t;
        }
        return LEVELS.contains(t + "Goal") ? t + "Goal" : null;
    }

    private static java.time.Instant instant(Object value) {
        return value == null ? null : ((OffsetDateTime) value).toInstant();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static String prefix(String legacyId) {
        return legacyId.length() <= 8 ? legacyId : legacyId.substring(0, 8);
    }
}
