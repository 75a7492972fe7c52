package dev.assistant.goals.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The references that live inside JSON columns: a template's activities
 * (templateData.sections[].activities[].activity_id), a program's weekly schedule (template ids per
 * weekday), a target's thresholds ([{metricId, min}]) and what achieved it (an instance or
 * session).
 */
final class JsonFields {

    private JsonFields() {}

    static void remap(ImportPlan plan, String table, JsonNode row, ObjectNode copy, String at) {
        switch (table) {
            case "templates" -> templateData(plan, copy, at + ".templateData");
            case "programs" -> weeklySchedule(plan, copy, at + ".weeklySchedule");
            case "targets" -> target(plan, row, copy, at);
            default -> {}
        }
    }

    private static void templateData(ImportPlan plan, ObjectNode copy, String at) {
        JsonNode data = copy.path("template_data").deepCopy();
        JsonNode sections = data.path("sections");
        for (int i = 0; i < sections.size(); i++) {
            JsonNode activities = sections.get(i).path("activities");
            for (int j = 0; j < activities.size(); j++) {
                JsonNode activity = activities.get(j);
                String field = at + ".sections[" + i + "].activities[" + j + "].activity_id";
                if (activity.isObject() && activity.hasNonNull("activity_id")) {
                    ((ObjectNode) activity)
                            .put(
                                    "activity_id",
                                    plan.id(
                                                    "activities",
                                                    activity.get("activity_id").asText(),
                                                    field)
                                            .toString());
                }
            }
        }
        copy.set("template_data", data);
    }

    private static void weeklySchedule(ImportPlan plan, ObjectNode copy, String at) {
        JsonNode schedule = copy.path("weekly_schedule");
        ObjectNode remapped = copy.objectNode();
        for (Map.Entry<String, JsonNode> day : iterable(schedule)) {
            String field = at + "." + day.getKey();
            if (!day.getValue().isArray()) {
                throw ImportPlan.invalid(field, "must be a list of template ids");
            }
            ArrayNode ids = remapped.putArray(day.getKey());
            for (int i = 0; i < day.getValue().size(); i++) {
                JsonNode id = day.getValue().get(i);
                String item = field + "[" + i + "]";
                if (!id.isTextual()) {
                    throw ImportPlan.invalid(item, "must be a template id");
                }
                ids.add(plan.id("templates", id.asText(), item).toString());
            }
        }
        copy.set("weekly_schedule", remapped);
    }

    private static void target(ImportPlan plan, JsonNode row, ObjectNode copy, String at) {
        JsonNode thresholds = copy.path("thresholds").deepCopy();
        for (int i = 0; i < thresholds.size(); i++) {
            JsonNode threshold = thresholds.get(i);
            if (threshold.isObject() && threshold.hasNonNull("metricId")) {
                ((ObjectNode) threshold)
                        .set(
                                "metricId",
                                TextNode.valueOf(
                                        plan.id(
                                                        "metrics",
                                                        threshold.get("metricId").asText(),
                                                        at + ".thresholds[" + i + "].metricId")
                                                .toString()));
            }
        }
        copy.set("thresholds", thresholds);
        // Whatever first met the target: an instance or a session of the export, else forgotten.
        String achievedBy = row.path("achievedBy").asText(null);
        UUID by =
                achievedBy == null
                        ? null
                        : first(
                                plan.idOrNull("activityInstances", achievedBy),
                                plan.idOrNull("sessions", achievedBy));
        copy.put("achieved_by", by == null ? null : by.toString());
    }

    private static UUID first(UUID a, UUID b) {
        return a != null ? a : b;
    }

    private static List<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
