package dev.assistant.goals.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.assistant.events.EventJson;
import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.GoalState;
import dev.assistant.events.goals.GoalsEvents.NoteSaved;
import dev.assistant.events.goals.GoalsEvents.SessionCompleted;
import dev.assistant.goals.support.GoalsTestData;
import dev.assistant.goals.support.OutboxRows;
import dev.assistant.kit.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static dev.assistant.kit.testing.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ExportImportTest {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Pool pool;

    /** A tree with a row in every exported table (goals through the API, the rest also by SQL). */
    private String richTree(GoalsTestData data) {
        String root = data.root("Chơi violin 🎻");
        String shortTerm = data.goal("Play Kreutzer 2", "ShortTermGoal", root);
        String immediate = data.goal("Slow practice, 60 bpm", "ImmediateGoal", shortTerm);
        String dropped = data.goal("Dropped idea", "MidTermGoal", root);
        data.sql(
                "UPDATE goals SET completed_at = '2026-02-01T10:00:00Z' WHERE id = $1",
                UUID.fromString(immediate));
        data.sql("UPDATE goals SET deleted_at = now() WHERE id = $1", UUID.fromString(dropped));
        UUID group = UUID.randomUUID();
        data.sql(
                "INSERT INTO activity_groups (id, owner_id, root_id, name) VALUES ($1, $2, $3, 'Technique')",
                group,
                data.user,
                UUID.fromString(root));
        UUID scales = data.activity(root, "Scales, 3 octaves");
        data.sql(
                "UPDATE activity_definitions SET group_id = $2, has_sets = true WHERE id = $1",
                scales,
                group);
        UUID tempo = data.metric(scales, "Tempo", "bpm", true);
        UUID split = UUID.randomUUID();
        data.sql(
                "INSERT INTO split_definitions (id, owner_id, activity_id, name) VALUES ($1, $2, $3, 'Left hand')",
                split,
                data.user,
                scales);
        String template =
                data.api()
                        .body(
                                Map.of(
                                        "rootId",
                                        root,
                                        "name",
                                        "Morning; scales, études",
                                        "templateData",
                                        Map.of(
                                                "sections",
                                                List.of(
                                                        Map.of(
                                                                "name",
                                                                "Warm-up",
                                                                "duration_minutes",
                                                                10,
                                                                "activities",
                                                                List.of(
                                                                        Map.of(
                                                                                "activity_id",
                                                                                scales
                                                                                        .toString())))))))
                        .post("/api/goals/session-templates")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String program =
                data.api()
                        .body(
                                Map.of(
                                        "rootId", root,
                                        "name", "Spring",
                                        "startDate", "2026-03-02",
                                        "endDate", "2026-03-15",
                                        "weeklySchedule", Map.of("monday", List.of(template))))
                        .post("/api/goals/programs")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String block =
                data.api()
                        .body(
                                Map.of(
                                        "name",
                                        "Base",
                                        "startDate",
                                        "2026-03-02",
                                        "endDate",
                                        "2026-03-15"))
                        .post("/api/goals/programs/" + program + "/blocks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        data.api()
                .body(Map.of("goalIds", List.of(shortTerm)))
                .put("/api/goals/program-blocks/" + block + "/goals")
                .then()
                .statusCode(200);
        String day =
                data.api()
                        .post("/api/goals/programs/" + program + "/schedule")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("blocks[0].days[0].id");
        UUID session =
                data.session(
                        root,
                        template,
                        day,
                        true,
                        OffsetDateTime.parse("2026-03-02T07:00:00Z"),
                        1800);
        data.sql(
                "INSERT INTO session_goals (session_id, goal_id, owner_id, goal_type) VALUES ($1, $2, $3, 'short_term')",
                session,
                UUID.fromString(shortTerm),
                data.user);
        UUID instance =
                data.instance(root, session, scales, OffsetDateTime.parse("2026-03-02T07:05:00Z"));
        data.value(instance, tempo, 0, 72);
        data.value(instance, tempo, 1, 80);
        data.sql(
                "UPDATE metric_values SET split_definition_id = $2 WHERE activity_instance_id = $1 AND set_index = 1",
                instance,
                split);
        data.note(root, session, "Intonation, E string\nbetter");
        data.sql(
                "INSERT INTO goal_targets (id, owner_id, root_id, goal_id, activity_id, name, thresholds, achieved_at, achieved_by)"
                        + " VALUES ($1, $2, $3, $4, $5, '80 bpm', $6::text::jsonb, now(), $7)",
                UUID.randomUUID(),
                data.user,
                UUID.fromString(root),
                UUID.fromString(shortTerm),
                scales,
                "[{\"metricId\":\"" + tempo + "\",\"min\":80}]",
                instance);
        return root;
    }

    private static JsonNode export(GoalsTestData data, String goal) throws Exception {
        return JSON.readTree(
                data.api()
                        .get("/api/goals/goals/" + goal + "/export")
                        .then()
                        .log()
                        .ifValidationFails()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void anImportedExportExportsTheSameContentUnderNewIds() throws Exception {
        GoalsTestData alice = new GoalsTestData(pool);
        String root = richTree(alice);
        JsonNode first = export(alice, root);
        for (String table :
                List.of(
                        "goals",
                        "activityGroups",
                        "activities",
                        "metrics",
                        "splits",
                        "targets",
                        "templates",
                        "programs",
                        "programBlocks",
                        "programBlockGoals",
                        "programDays",
                        "programDayTemplates",
                        "sessions",
                        "sessionGoals",
                        "activityInstances",
                        "metricValues",
                        "notes")) {
            assertThat(first.path(table).size()).as(table).isPositive();
        }
        assertThat(first.path("goals").size()).isEqualTo(4);

        GoalsTestData bob = new GoalsTestData(pool);
        String imported =
                bob.api()
                        .body(first.toString())
                        .post("/api/goals/imports")
                        .then()
                        .statusCode(201)
                        .body("rows.goals", equalTo(4))
                        .body("rows.metricValues", equalTo(2))
                        .extract()
                        .path("rootId");
        assertThat(imported).isNotEqualTo(root);
        JsonNode second = export(bob, imported);

        assertThat(idsIn(first)).doesNotContainAnyElementsOf(idsIn(second));
        for (Iterator<String> tables = first.fieldNames(); tables.hasNext(); ) {
            String table = tables.next();
            if (first.get(table).isArray()) {
                assertThat(signatures(second, table)).as(table).isEqualTo(signatures(first, table));
            }
        }
        bob.api()
                .get("/api/goals/goals/" + imported)
                .then()
                .statusCode(200)
                .body("title", equalTo("Chơi violin 🎻"));
        bob.api()
                .get("/api/goals/session-templates")
                .then()
                .body(
                        "templateData.sections[0].activities[0].activity_id[0]",
                        equalTo(second.at("/activities/0/id").asText()));

        String again =
                bob.api()
                        .body(first.toString())
                        .post("/api/goals/imports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("rootId");
        assertThat(again).isNotEqualTo(imported);
        List<String> roots =
                bob.api().get("/api/goals/goals").then().statusCode(200).extract().path("id");
        assertThat(roots).containsExactlyInAnyOrder(imported, again);
    }

    @Test
    void anImportAnnouncesItsGoalsNotesAndCompletedSessionsInItsTransaction() throws Exception {
        long since = System.currentTimeMillis() - 2_000;
        GoalsTestData alice = new GoalsTestData(pool);
        JsonNode export = export(alice, richTree(alice));
        GoalsTestData bob = new GoalsTestData(pool);
        String imported =
                bob.api()
                        .body(export.toString())
                        .post("/api/goals/imports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("rootId");
        JsonNode stored = export(bob, imported);
        Map<String, String> goalIds = new HashMap<>();
        stored.get("goals")
                .forEach(g -> goalIds.put(g.get("title").asText(), g.get("id").asText()));
        String note = stored.at("/notes/0/id").asText();
        String session = stored.at("/sessions/0/id").asText();

        // In the outbox, in the import's order: goals in tree order, the deleted one's deletion,
        // the note, the completed session; all on the bulk lane.
        List<Row> outbox = OutboxRows.of(pool, bob.user);
        assertThat(outbox)
                .extracting(r -> r.getString("event_type") + " " + r.getString("aggregate_id"))
                .containsExactly(
                        GoalsEvents.GOAL_CREATED.name() + " " + imported,
                        GoalsEvents.GOAL_CREATED.name() + " " + goalIds.get("Play Kreutzer 2"),
                        GoalsEvents.GOAL_CREATED.name()
                                + " "
                                + goalIds.get("Slow practice, 60 bpm"),
                        GoalsEvents.GOAL_CREATED.name() + " " + goalIds.get("Dropped idea"),
                        GoalsEvents.GOAL_DELETED.name() + " " + goalIds.get("Dropped idea"),
                        GoalsEvents.NOTE_SAVED.name() + " " + note,
                        GoalsEvents.SESSION_COMPLETED.name() + " " + session);
        assertThat(outbox).allSatisfy(r -> assertThat(r.getString("lane")).isEqualTo("bulk"));

        // On Kafka, exactly as the contract says (strict read: every field, none unknown).
        List<ConsumerRecord<String, String>> records =
                TopicReader.forOutgoingChannel("outbox")
                        .published(r -> r.value().contains("\"" + bob.user + "\""), 7, since);
        assertThat(records).hasSize(7);
        Map<String, GoalState> created = new HashMap<>();
        records.stream()
                .filter(r -> GoalsEvents.GOAL_CREATED.name().equals(header(r, "ce_type")))
                .forEach(
                        r ->
                                created.put(
                                        r.key(),
                                        EventJson.readStrict(GoalsEvents.GOAL_CREATED, r.value())));
        assertThat(created).containsOnlyKeys(goalIds.values());
        GoalState completed = created.get(goalIds.get("Slow practice, 60 bpm"));
        assertThat(completed.completedAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(completed.parentId().toString()).isEqualTo(goalIds.get("Play Kreutzer 2"));
        assertThat(completed.rootId().toString()).isEqualTo(imported);
        assertThat(completed.ownerId()).isEqualTo(bob.user);
        assertThat(created.get(imported).completedAt()).isNull();
        assertThat(records)
                .filteredOn(r -> r.key().equals(goalIds.get("Dropped idea")))
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(GoalsEvents.GOAL_CREATED.name(), GoalsEvents.GOAL_DELETED.name());
        NoteSaved saved =
                EventJson.readStrict(
                        GoalsEvents.NOTE_SAVED,
                        records.stream()
                                .filter(r -> r.key().equals(note))
                                .findFirst()
                                .orElseThrow()
                                .value());
        assertThat(saved.content()).isEqualTo("Intonation, E string\nbetter");
        assertThat(saved.rootId().toString()).isEqualTo(imported);
        assertThat(saved.sessionId().toString()).isEqualTo(session);
        SessionCompleted done =
                EventJson.readStrict(
                        GoalsEvents.SESSION_COMPLETED,
                        records.stream()
                                .filter(r -> r.key().equals(session))
                                .findFirst()
                                .orElseThrow()
                                .value());
        assertThat(done.goalIds()).containsExactly(UUID.fromString(goalIds.get("Play Kreutzer 2")));
    }

    @Test
    void anotherUsersTreeCannotBeExported() throws Exception {
        GoalsTestData alice = new GoalsTestData(pool);
        String root = alice.root("Mine");
        new GoalsTestData(pool)
                .api()
                .get("/api/goals/goals/" + root + "/export")
                .then()
                .statusCode(404);
        alice.api().get("/api/goals/goals/" + UUID.randomUUID() + "/export").then().statusCode(404);
        assertThat(export(alice, root).path("goals").size()).isEqualTo(1);
    }

    @Test
    void anInvalidExportIsRejectedNamingTheFieldAndWritesNothing() throws Exception {
        GoalsTestData alice = new GoalsTestData(pool);
        JsonNode good = export(alice, richTree(alice));
        GoalsTestData bob = new GoalsTestData(pool);

        ObjectNode dangling = good.deepCopy();
        ((ObjectNode) dangling.at("/sessions/0")).put("templateId", UUID.randomUUID().toString());
        rejects(bob, dangling, "sessions[0].templateId");

        ObjectNode twoRoots = good.deepCopy();
        ((ObjectNode) twoRoots.at("/goals/1")).putNull("parentId");
        rejects(bob, twoRoots, "goals[1].parentId");

        ObjectNode levels = good.deepCopy();
        ((ObjectNode) levels.at("/goals/1")).put("level", "UltimateGoal");
        rejects(bob, levels, "goals[1].level");

        ObjectNode schedule = good.deepCopy();
        ((ObjectNode) schedule.at("/programs/0/weeklySchedule"))
                .putArray("monday")
                .add(UUID.randomUUID().toString());
        rejects(bob, schedule, "programs[0].weeklySchedule.monday[0]");

        ObjectNode data = good.deepCopy();
        ((ObjectNode) data.at("/templates/0/templateData/sections/0/activities/0"))
                .put("activity_id", UUID.randomUUID().toString());
        rejects(bob, data, "templates[0].templateData.sections[0].activities[0].activity_id");

        ObjectNode duplicate = good.deepCopy();
        ((ArrayNode) duplicate.get("notes")).add(duplicate.at("/notes/0").deepCopy());
        rejects(bob, duplicate, "notes[1].id");

        ObjectNode format = good.deepCopy();
        format.put("format", "something-else");
        rejects(bob, format, "format");

        ObjectNode noGoals = good.deepCopy();
        noGoals.remove("goals");
        rejects(bob, noGoals, "goals");

        ObjectNode backwards = good.deepCopy();
        ((ObjectNode) backwards.at("/sessions/0")).put("sessionEnd", "2020-01-01T00:00:00Z");
        rejects(bob, backwards, "body");

        bob.api()
                .get("/api/goals/goals")
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.hasSize(0));
        assertThat(bob.sql("SELECT count(*) FROM sessions WHERE owner_id = $1", bob.user))
                .isEqualTo(0L);
        assertThat(bob.sql("SELECT count(*) FROM outbox WHERE owner_id = $1", bob.user))
                .as("a rejected import announces nothing")
                .isEqualTo(0L);
    }

    private static void rejects(GoalsTestData user, JsonNode export, String field) {
        user.api()
                .body(export.toString())
                .post("/api/goals/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static Set<String> idsIn(JsonNode export) {
        Set<String> ids = new HashSet<>();
        var matcher = UUID_TEXT.matcher(export.toString());
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    /**
     * Each row of the table with its ids blanked, followed by every row it refers to (also
     * blanked), sorted: equal lists mean the same content linked the same way.
     */
    private static List<String> signatures(JsonNode export, String table) {
        Map<String, JsonNode> byId = new HashMap<>();
        export.fields()
                .forEachRemaining(
                        t ->
                                t.getValue()
                                        .forEach(
                                                row -> {
                                                    if (row.has("id")) {
                                                        byId.put(row.get("id").asText(), row);
                                                    }
                                                }));
        List<String> signatures = new ArrayList<>();
        for (JsonNode row : export.get(table)) {
            StringBuilder signature = new StringBuilder(blank(row).toString());
            row.fields()
                    .forEachRemaining(
                            field -> {
                                JsonNode target = byId.get(field.getValue().asText());
                                if (!field.getKey().equals("id") && target != null) {
                                    signature
                                            .append(" ")
                                            .append(field.getKey())
                                            .append("->")
                                            .append(blank(target));
                                }
                            });
            signatures.add(signature.toString());
        }
        signatures.sort(null);
        return signatures;
    }

    private static JsonNode blank(JsonNode node) {
        if (node.isTextual() && UUID_TEXT.matcher(node.asText()).matches()) {
            return TextNode.valueOf("<id>");
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), blank(f.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(blank(item)));
            return copy;
        }
        return node;
    }
}
