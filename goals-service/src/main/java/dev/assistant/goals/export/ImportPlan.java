package dev.assistant.goals.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistant.goals.goal.GoalLevel;
import dev.assistant.kit.problem.InvalidField;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Checks an export and gives every row a new id: each reference (columns, and the ids inside
 * template data, weekly schedules and target thresholds) must name a row of the export and is
 * remapped to that row's new id; the goals must form one tree under one UltimateGoal with each
 * child below its parent's level. The first problem is a 400 naming its field (as {@code
 * sessions[3].templateId}).
 */
final class ImportPlan {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode export;
    private final Map<String, Map<String, UUID>> newIds = new HashMap<>();

    private ImportPlan(JsonNode export) {
        this.export = export;
    }

    /** The rows to insert, per table key: a JSON array of objects keyed by SQL column. */
    static Imported of(JsonNode export) {
        ImportPlan plan = new ImportPlan(export);
        plan.assignIds();
        UUID root = plan.checkTree();
        Map<String, ArrayNode> rows = new LinkedHashMap<>();
        for (ExportTables.Table table : ExportTables.ALL) {
            rows.put(table.key(), plan.remap(table));
        }
        return new Imported(plan.newIds.get("goals").get(root.toString()), rows);
    }

    record Imported(UUID rootId, Map<String, ArrayNode> rows) {}

    private List<JsonNode> rows(String key) {
        List<JsonNode> rows = new ArrayList<>();
        export.path(key).forEach(rows::add);
        return rows;
    }

    private void assignIds() {
        for (ExportTables.Table table : ExportTables.ALL) {
            Map<String, UUID> ids = new HashMap<>();
            Set<String> links = new HashSet<>();
            List<JsonNode> rows = rows(table.key());
            for (int i = 0; i < rows.size(); i++) {
                String at = table.key() + "[" + i + "]";
                if (table.keyed()) {
                    if (ids.put(rows.get(i).path("id").asText(), UUID.randomUUID()) != null) {
                        throw invalid(at + ".id", "appears twice");
                    }
                } else if (!links.add(rows.get(i).toString())) {
                    throw invalid(at, "appears twice");
                }
            }
            newIds.put(table.key(), ids);
        }
    }

    /**
     * One root (an UltimateGoal); every other goal's parent is in the export at a higher level. As
     * levels strictly descend along parent links, no chain can loop: every one ends at the root.
     */
    private UUID checkTree() {
        List<JsonNode> goals = rows("goals");
        Map<String, JsonNode> byId = new HashMap<>();
        goals.forEach(goal -> byId.put(goal.path("id").asText(), goal));
        UUID root = null;
        for (int i = 0; i < goals.size(); i++) {
            JsonNode goal = goals.get(i);
            GoalLevel level = GoalLevel.valueOf(goal.path("level").asText());
            JsonNode parentId = goal.path("parentId");
            if (parentId.isNull() || parentId.isMissingNode()) {
                if (root != null) {
                    throw invalid("goals[" + i + "].parentId", "a tree has one root");
                }
                if (level != GoalLevel.UltimateGoal) {
                    throw invalid("goals[" + i + "].level", "the root must be an UltimateGoal");
                }
                root = UUID.fromString(goal.path("id").asText());
                continue;
            }
            JsonNode parent = byId.get(parentId.asText());
            if (parent == null) {
                throw invalid("goals[" + i + "].parentId", "no such goal in the export");
            }
            if (!GoalLevel.valueOf(parent.path("level").asText()).canParent(level)) {
                throw invalid("goals[" + i + "].level", "must be below its parent's level");
            }
        }
        if (root == null) {
            throw invalid("goals", "has no root (a goal without parentId)");
        }
        return root;
    }

    private ArrayNode remap(ExportTables.Table table) {
        ArrayNode out = NODES.arrayNode();
        List<JsonNode> rows = rows(table.key());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = table.key() + "[" + i + "]";
            ObjectNode copy = out.addObject();
            if (table.keyed()) {
                copy.put("id", newIds.get(table.key()).get(row.path("id").asText()).toString());
            }
            for (ExportTables.Column column : table.columns()) {
                JsonNode value = row.path(column.json());
                String field = at + "." + column.json();
                if (value.isMissingNode() || value.isNull()) {
                    copy.putNull(column.sql());
                } else if (column.refersTo() != null) {
                    copy.put(column.sql(), id(column.refersTo(), value.asText(), field).toString());
                } else {
                    copy.set(column.sql(), value);
                }
            }
            JsonFields.remap(this, table.key(), row, copy, at);
        }
        return out;
    }

    /** The new id of a row of the export, or a 400 naming the field that refers to it. */
    UUID id(String table, String oldId, String field) {
        UUID id = newIds.get(table).get(oldId);
        if (id == null) {
            throw invalid(field, "no such row in the export's " + table);
        }
        return id;
    }

    /** The new id when the export has that row, else null. */
    UUID idOrNull(String table, String oldId) {
        return newIds.get(table).get(oldId);
    }

    static HttpProblem invalid(String field, String message) {
        return InvalidField.of(field, "body", message);
    }
}
