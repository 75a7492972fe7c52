package dev.assistant.goals.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistant.goals.support.PracticeApi;
import dev.assistant.goals.support.PracticeRows;
import dev.assistant.kit.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SessionApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.outgoing.outbox.topic")
    String topic;

    @Test
    void anAdHocSessionLinksShortTermAndImmediateGoalsOfItsTree() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Play the Goldberg Variations");
        String shortTerm = user.goal(root, "Aria by heart", "ShortTermGoal");
        String immediate = user.goal(shortTerm, "Bars 1–8, hands apart", "ImmediateGoal");
        String longTerm = user.goal(root, "Variation 5", "LongTermGoal");
        Map<String, Object> body = new HashMap<>();
        body.put("rootId", root);
        body.put("name", "Übung am Morgen ☀️");
        body.put("description", "Slow, with metronome at 60. ".repeat(100));
        body.put("goalIds", List.of(immediate, shortTerm));
        body.put("sessionStart", "2026-03-01T07:30:00+01:00");
        body.put("attributes", Map.of("piano", "Yamaha U3", "mood", 4));
        String id =
                user.post("/sessions", body)
                        .statusCode(201)
                        .body("name", equalTo("Übung am Morgen ☀️"))
                        .body("shortTermGoalIds", equalTo(List.of(shortTerm)))
                        .body("immediateGoalIds", equalTo(List.of(immediate)))
                        .body("attributes.piano", equalTo("Yamaha U3"))
                        .body("completed", equalTo(false))
                        .extract()
                        .path("id");
        user.get("/sessions/" + id)
                .statusCode(200)
                .body("sessionStart", equalTo("2026-03-01T06:30:00Z"))
                .body("attributes.mood", equalTo(4));

        body.put("goalIds", List.of(longTerm));
        user.post("/sessions", body)
                .statusCode(400)
                .body("violations.field", hasItem("goalIds[0]"));
        PracticeApi other = PracticeApi.newUser();
        String othersGoal = other.goal(other.root("Theirs"), "Theirs", "ShortTermGoal");
        body.put("goalIds", List.of(othersGoal));
        user.post("/sessions", body)
                .statusCode(400)
                .body("violations.field", hasItem("goalIds[0]"));

        user.put(
                        "/sessions/" + id + "/goals",
                        Map.of("shortTerm", List.of(), "immediate", List.of(immediate)))
                .statusCode(200)
                .body("shortTermGoalIds.size()", equalTo(0))
                .body("immediateGoalIds", equalTo(List.of(immediate)));
        user.put(
                        "/sessions/" + id + "/goals",
                        Map.of("shortTerm", List.of(immediate), "immediate", List.of()))
                .statusCode(400)
                .body("violations.field", hasItem("shortTerm[0]"));
    }

    @Test
    void validationNamesTheField() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Root");
        user.post("/sessions", Map.of("name", "No tree"))
                .statusCode(400)
                .body("violations.field", hasItem("rootId"));
        user.post("/sessions", Map.of("rootId", root, "name", ""))
                .statusCode(400)
                .body("violations.field", hasItem("name"));
        user.post(
                        "/sessions",
                        Map.of(
                                "rootId",
                                root,
                                "name",
                                "Backwards",
                                "sessionStart",
                                "2026-03-01T10:00:00Z",
                                "sessionEnd",
                                "2026-03-01T09:00:00Z"))
                .statusCode(400)
                .body("violations.field", hasItem("sessionEnd"));
        user.post("/sessions", Map.of("rootId", root, "name", "x", "templateId", UUID.randomUUID()))
                .statusCode(400)
                .body("violations.field", hasItem("templateId"));
        user.post(
                        "/sessions",
                        Map.of("rootId", root, "name", "x", "programDayId", UUID.randomUUID()))
                .statusCode(400)
                .body("violations.field", hasItem("programDayId"));
        String session = user.session(root, "Ok");
        user.patch("/sessions/" + session, Map.of("sessionStart", "2026-03-01T10:00:00Z"))
                .statusCode(200);
        user.patch("/sessions/" + session, Map.of("sessionEnd", "2026-03-01T09:59:59Z"))
                .statusCode(400)
                .body("violations.field", hasItem("sessionEnd"));
        user.get("/sessions?from=2026-03-02&to=2026-03-01")
                .statusCode(400)
                .body("violations.field", hasItem("to"));
        user.get("/sessions?from=yesterday")
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        user.get("/sessions?cursor=nonsense")
                .statusCode(400)
                .body("violations.field", hasItem("cursor"));
    }

    @Test
    void aSessionFromATemplateGetsItsActivitiesAsInstancesInOrder() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Strength");
        String squat = user.activity(root, "Squat", "Weight", "Reps");
        String press = user.activity(root, "Press", "Weight");
        String row = user.activity(root, "Row", "Weight");
        JsonObject data =
                new JsonObject()
                        .put(
                                "sections",
                                new JsonArray()
                                        .add(
                                                new JsonObject()
                                                        .put("name", "Main")
                                                        .put(
                                                                "activities",
                                                                new JsonArray()
                                                                        .add(
                                                                                new JsonObject()
                                                                                        .put(
                                                                                                "activity_id",
                                                                                                press))
                                                                        .add(
                                                                                new JsonObject()
                                                                                        .put(
                                                                                                "activity_id",
                                                                                                squat))))
                                        .add(
                                                new JsonObject()
                                                        .put("name", "Accessories")
                                                        .put(
                                                                "activities",
                                                                new JsonArray()
                                                                        .add(
                                                                                new JsonObject()
                                                                                        .put(
                                                                                                "activityId",
                                                                                                row))
                                                                        .add(
                                                                                new JsonObject()
                                                                                        .put(
                                                                                                "activity_id",
                                                                                                UUID.randomUUID()
                                                                                                        .toString()))
                                                                        .add(
                                                                                new JsonObject()
                                                                                        .put(
                                                                                                "activity_id",
                                                                                                "not-a-uuid")))));
        String template = PracticeRows.template(pool, user.id(), root, data);
        String day = PracticeRows.programDay(pool, user.id(), root);

        String session =
                user.post(
                                "/sessions",
                                Map.of(
                                        "rootId",
                                        root,
                                        "name",
                                        "Day A",
                                        "templateId",
                                        template,
                                        "programDayId",
                                        day))
                        .statusCode(201)
                        .body("templateId", equalTo(template))
                        .body("programDayId", equalTo(day))
                        .extract()
                        .path("id");
        List<String> activities =
                user.get("/sessions/" + session + "/activities")
                        .statusCode(200)
                        .extract()
                        .path("activityId");
        assertThat(activities).containsExactly(press, squat, row);
    }

    @Test
    void completingPublishesSessionCompletedOnceAndDuplicatingCopiesInstancesNotCompletion()
            throws Exception {
        long since = System.currentTimeMillis();
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Marathon");
        String goal = user.goal(root, "Sub-4 long run", "ShortTermGoal");
        String runs = user.activity(root, "Long run", "Distance");
        String session =
                user.create(
                        "/sessions",
                        Map.of(
                                "rootId",
                                root,
                                "name",
                                "Sunday long run",
                                "goalIds",
                                List.of(goal),
                                "sessionStart",
                                "2026-01-04T08:00:00Z"));
        user.post("/sessions/" + session + "/activities", Map.of("activityId", runs))
                .statusCode(201);

        user.post("/sessions/" + session + "/complete", "")
                .statusCode(200)
                .body("completed", equalTo(true))
                .body("completedAt", notNullValue())
                .body("sessionEnd", notNullValue());
        String completedAt = user.get("/sessions/" + session).extract().path("completedAt");
        user.post("/sessions/" + session + "/complete", "")
                .statusCode(200)
                .body("completedAt", equalTo(completedAt));

        List<ConsumerRecord<String, String>> records =
                new TopicReader(bootstrap, topic).published(r -> session.equals(r.key()), 1, since);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(TopicReader.header(record, "ce_type"))
                .isEqualTo("dev.assistant.goals.session.completed.v1");
        JsonNode payload = JSON.readTree(record.value());
        assertThat(payload.path("sessionId").asText()).isEqualTo(session);
        assertThat(payload.path("ownerId").asText()).isEqualTo(user.id());
        assertThat(payload.path("rootId").asText()).isEqualTo(root);
        assertThat(payload.path("name").asText()).isEqualTo("Sunday long run");
        assertThat(payload.path("goalIds").get(0).asText()).isEqualTo(goal);

        String copy =
                user.post("/sessions/" + session + "/duplicate", "")
                        .statusCode(201)
                        .body("completed", equalTo(false))
                        .body("completedAt", nullValue())
                        .body("sessionStart", nullValue())
                        .body("name", equalTo("Sunday long run"))
                        .body("shortTermGoalIds", equalTo(List.of(goal)))
                        .extract()
                        .path("id");
        assertThat(copy).isNotEqualTo(session);
        user.get("/sessions/" + copy + "/activities")
                .statusCode(200)
                .body("activityId", equalTo(List.of(runs)))
                .body("timeStart", equalTo(java.util.Collections.singletonList(null)));
    }

    @Test
    void listsNewestFirstInKeysetPagesWithDateFilters() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Root");
        String otherRoot = user.root("Other tree");
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            created.add(
                    user.create(
                            "/sessions",
                            Map.of(
                                    "rootId",
                                    root,
                                    "name",
                                    "Day " + day,
                                    "sessionStart",
                                    "2026-02-0" + day + "T18:00:00Z")));
        }
        user.create(
                "/sessions",
                Map.of(
                        "rootId",
                        otherRoot,
                        "name",
                        "Elsewhere",
                        "sessionStart",
                        "2026-02-03T12:00:00Z"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page =
                    user.get(
                                    "/sessions?rootId="
                                            + root
                                            + "&limit=2"
                                            + (cursor == null ? "" : "&cursor=" + cursor))
                            .statusCode(200)
                            .extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(created.reversed().toArray(String[]::new));

        List<String> window =
                user.get("/sessions?rootId=" + root + "&from=2026-02-02&to=2026-02-04")
                        .statusCode(200)
                        .extract()
                        .path("items.name");
        assertThat(window).containsExactly("Day 4", "Day 3", "Day 2");
        List<String> allTrees =
                user.get("/sessions?from=2026-02-03&to=2026-02-03").extract().path("items.name");
        assertThat(allTrees).containsExactly("Day 3", "Elsewhere");

        user.delete("/sessions/" + created.get(2)).statusCode(204);
        user.get("/sessions/" + created.get(2)).statusCode(404);
        List<String> afterDelete = user.get("/sessions?rootId=" + root).extract().path("items.id");
        assertThat(afterDelete).hasSize(4).doesNotContain(created.get(2));
    }

    @Test
    void anotherUsersSessionAnswers404Everywhere() {
        PracticeApi owner = PracticeApi.newUser();
        PracticeApi intruder = PracticeApi.newUser();
        String root = owner.root("Private");
        String session = owner.session(root, "Private session");

        intruder.get("/sessions/" + session)
                .statusCode(404)
                .contentType("application/problem+json");
        intruder.patch("/sessions/" + session, Map.of("name", "Mine")).statusCode(404);
        intruder.post("/sessions/" + session + "/complete", "").statusCode(404);
        intruder.post("/sessions/" + session + "/duplicate", "").statusCode(404);
        intruder.put(
                        "/sessions/" + session + "/goals",
                        Map.of("shortTerm", List.of(), "immediate", List.of()))
                .statusCode(404);
        intruder.delete("/sessions/" + session).statusCode(404);
        intruder.get("/sessions").statusCode(200).body("items.size()", equalTo(0));
        intruder.post("/sessions", Map.of("rootId", root, "name", "In their tree"))
                .statusCode(400)
                .body("violations.field", hasItem("rootId"));
        owner.get("/sessions/" + session)
                .statusCode(200)
                .body("name", equalTo("Private session"))
                .body("completed", equalTo(false));
        owner.get("/sessions/" + UUID.randomUUID()).statusCode(404);
    }
}
