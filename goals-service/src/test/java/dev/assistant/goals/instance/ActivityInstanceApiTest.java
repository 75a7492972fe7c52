package dev.assistant.goals.instance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.PracticeApi;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ActivityInstanceApiTest {

    @Inject Pool pool;

    private static Map<String, Object> value(
            Object metricId, Object splitId, Integer set, double v) {
        Map<String, Object> value = new HashMap<>();
        value.put("metricId", metricId);
        value.put("splitId", splitId);
        value.put("setIndex", set);
        value.put("value", v);
        return value;
    }

    @Test
    void instancesAreOrderedAndReorderable() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Piano");
        String scales = user.activity(root, "Scales", "Tempo");
        String etude = user.activity(root, "Chopin Op. 10 No. 1", "Tempo");
        String session = user.session(root, "Practice");
        String a =
                user.create("/sessions/" + session + "/activities", Map.of("activityId", scales));
        String b = user.create("/sessions/" + session + "/activities", Map.of("activityId", etude));
        String c =
                user.create("/sessions/" + session + "/activities", Map.of("activityId", scales));
        List<String> order = user.get("/sessions/" + session + "/activities").extract().path("id");
        assertThat(order).containsExactly(a, b, c);

        List<String> reordered =
                user.put(
                                "/sessions/" + session + "/activities/order",
                                Map.of("ids", List.of(c, a, b)))
                        .statusCode(200)
                        .extract()
                        .path("id");
        assertThat(reordered).containsExactly(c, a, b);
        List<String> moved =
                user.put("/sessions/" + session + "/activities/order", Map.of("ids", List.of(b)))
                        .statusCode(200)
                        .extract()
                        .path("id");
        assertThat(moved).containsExactly(b, c, a);
        user.put("/sessions/" + session + "/activities/order", Map.of("ids", List.of(a, a)))
                .statusCode(400)
                .body("violations.field", hasItem("ids[1]"));
        user.put(
                        "/sessions/" + session + "/activities/order",
                        Map.of("ids", List.of(UUID.randomUUID())))
                .statusCode(400)
                .body("violations.field", hasItem("ids[0]"));

        user.delete("/activity-instances/" + b).statusCode(204);
        user.get("/activity-instances/" + b).statusCode(404);
        List<String> left = user.get("/sessions/" + session + "/activities").extract().path("id");
        assertThat(left).containsExactly(c, a);

        PracticeApi other = PracticeApi.newUser();
        String othersActivity = other.activity(other.root("Theirs"), "Theirs", "x");
        user.post("/sessions/" + session + "/activities", Map.of("activityId", othersActivity))
                .statusCode(400)
                .body("violations.field", hasItem("activityId"));
        String otherTree = user.activity(user.root("Another tree"), "Elsewhere", "x");
        user.post("/sessions/" + session + "/activities", Map.of("activityId", otherTree))
                .statusCode(400)
                .body("violations.field", hasItem("activityId"));
    }

    @Test
    void timerStartStopAndTheirEdgeCases() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Run");
        String activity = user.activity(root, "Tempo run", "Distance");
        String session = user.session(root, "Track");
        String instance =
                user.create("/sessions/" + session + "/activities", Map.of("activityId", activity));

        user.post("/activity-instances/" + instance + "/stop", "")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("timeStart"));

        String started =
                user.post("/activity-instances/" + instance + "/start", "")
                        .statusCode(200)
                        .body("timeStart", notNullValue())
                        .body("timeStop", nullValue())
                        .extract()
                        .path("timeStart");
        user.post("/activity-instances/" + instance + "/start", "")
                .statusCode(200)
                .body("timeStart", equalTo(started));
        // Move the start back 90 s, so the stop has a duration to compute.
        pool.preparedQuery(
                        "UPDATE activity_instances SET time_start = time_start - interval '90 seconds' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(instance)))
                .await()
                .indefinitely();
        String stopped =
                user.post("/activity-instances/" + instance + "/stop", "")
                        .statusCode(200)
                        .body("timeStop", notNullValue())
                        .body("durationSeconds", greaterThanOrEqualTo(90))
                        .extract()
                        .path("timeStop");
        // Stopping again changes nothing.
        user.post("/activity-instances/" + instance + "/stop", "")
                .statusCode(200)
                .body("timeStop", equalTo(stopped));
        // Starting a stopped timer restarts it.
        user.post("/activity-instances/" + instance + "/start", "")
                .statusCode(200)
                .body("timeStop", nullValue())
                .body("durationSeconds", nullValue());

        user.put(
                        "/activity-instances/" + instance + "/times",
                        Map.of(
                                "timeStart",
                                "2026-05-01T10:00:00+02:00",
                                "timeStop",
                                "2026-05-01T08:30:45Z"))
                .statusCode(200)
                .body("timeStart", equalTo("2026-05-01T08:00:00Z"))
                .body("durationSeconds", equalTo(1845));
        user.put(
                        "/activity-instances/" + instance + "/times",
                        Map.of(
                                "timeStart",
                                "2026-05-01T10:00:00Z",
                                "timeStop",
                                "2026-05-01T09:59:59Z"))
                .statusCode(400)
                .body("violations.field", hasItem("timeStop"));
        user.put(
                        "/activity-instances/" + instance + "/times",
                        Map.of("timeStop", "2026-05-01T09:59:59Z"))
                .statusCode(400)
                .body("violations.field", hasItem("timeStart"));
        // A start in the future cannot be stopped now.
        user.put(
                        "/activity-instances/" + instance + "/times",
                        Map.of("timeStart", "2999-01-01T00:00:00Z"))
                .statusCode(200)
                .body("durationSeconds", nullValue());
        user.post("/activity-instances/" + instance + "/stop", "")
                .statusCode(400)
                .body("violations.field", hasItem("timeStart"));
        user.patch("/activity-instances/" + instance, Map.of("completed", true))
                .statusCode(200)
                .body("completed", equalTo(true));
    }

    @Test
    void metricValuesAreReplacedAndCheckedAgainstTheDefinition() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Strength");
        var created =
                user.post(
                                "/activities",
                                Map.of(
                                        "rootId",
                                        root,
                                        "name",
                                        "Bulgarian split squat",
                                        "hasSets",
                                        true,
                                        "metrics",
                                        List.of(
                                                Map.of(
                                                        "name", "Weight", "unit", "kg", "topSet",
                                                        true),
                                                Map.of("name", "Reps")),
                                        "splits",
                                        List.of(Map.of("name", "Left"), Map.of("name", "Right"))))
                        .statusCode(201)
                        .extract();
        String activity = created.path("id");
        List<String> metrics = created.path("metrics.id");
        List<String> splits = created.path("splits.id");
        String session = user.session(root, "Legs");
        String instance =
                user.create("/sessions/" + session + "/activities", Map.of("activityId", activity));
        String path = "/activity-instances/" + instance + "/metrics";

        user.put(
                        path,
                        Map.of(
                                "values",
                                List.of(
                                        value(metrics.get(0), splits.get(0), 0, 20.5),
                                        value(metrics.get(1), splits.get(0), 0, 10),
                                        value(metrics.get(0), splits.get(1), 0, 20.5),
                                        value(metrics.get(1), splits.get(1), 0, 8))))
                .statusCode(200)
                .body("metrics.size()", equalTo(4))
                .body("metrics[0].value", equalTo(20.5f));
        user.put(path, Map.of("values", List.of(value(metrics.get(1), splits.get(1), 1, 12))))
                .statusCode(200)
                .body("metrics.size()", equalTo(1))
                .body("metrics[0].setIndex", equalTo(1));

        user.put(path, Map.of("values", List.of(value(UUID.randomUUID(), splits.get(0), 0, 1))))
                .statusCode(400)
                .body("violations.field", hasItem("values[0].metricId"));
        user.put(path, Map.of("values", List.of(value(metrics.get(0), null, 0, 1))))
                .statusCode(400)
                .body("violations.field", hasItem("values[0].splitId"));
        user.put(path, Map.of("values", List.of(value(metrics.get(0), splits.get(0), null, 1))))
                .statusCode(400)
                .body("violations.field", hasItem("values[0].setIndex"));
        user.put(path, Map.of("values", List.of(value(metrics.get(0), splits.get(0), -1, 1))))
                .statusCode(400)
                .body("violations.field", hasItem("values[0].setIndex"));
        user.put(
                        path,
                        Map.of(
                                "values",
                                List.of(
                                        value(metrics.get(0), splits.get(0), 0, 1),
                                        value(metrics.get(0), splits.get(0), 0, 2))))
                .statusCode(400)
                .body("violations.field", hasItem("values[1]"));
        user.get("/activity-instances/" + instance)
                .statusCode(200)
                .body("metrics.size()", equalTo(1));

        String plain = user.activity(root, "Plank", "Seconds");
        String plainMetric = user.get("/activities/" + plain).extract().path("metrics[0].id");
        String plainInstance =
                user.create("/sessions/" + session + "/activities", Map.of("activityId", plain));
        user.put(
                        "/activity-instances/" + plainInstance + "/metrics",
                        Map.of("values", List.of(value(plainMetric, splits.get(0), null, 60))))
                .statusCode(400)
                .body("violations.field", hasItem("values[0].splitId"));
        user.put(
                        "/activity-instances/" + plainInstance + "/metrics",
                        Map.of("values", List.of(value(plainMetric, null, 2, 60))))
                .statusCode(400)
                .body("violations.field", hasItem("values[0].setIndex"));
        user.put(
                        "/activity-instances/" + plainInstance + "/metrics",
                        Map.of("values", List.of(value(plainMetric, null, null, 60))))
                .statusCode(200)
                .body("metrics[0].value", equalTo(60.0f));
    }

    @Test
    void historyIsTheLastInstancesWithValuesAndNotesWithoutDeletedSessions() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Guitar");
        String activity = user.activity(root, "Barre chords", "BPM");
        String metric = user.get("/activities/" + activity).extract().path("metrics[0].id");
        String kept = null;
        String deletedSession = null;
        for (int i = 1; i <= 4; i++) {
            String session = user.session(root, "Session " + i);
            String instance =
                    user.create(
                            "/sessions/" + session + "/activities", Map.of("activityId", activity));
            user.put(
                            "/activity-instances/" + instance + "/metrics",
                            Map.of("values", List.of(value(metric, null, null, 60 + i))))
                    .statusCode(200);
            if (i == 2) {
                deletedSession = session;
            }
            if (i == 4) {
                kept = instance;
                user.post(
                                "/notes",
                                Map.of(
                                        "activityInstanceId",
                                        instance,
                                        "content",
                                        "F major still buzzes"))
                        .statusCode(201);
            }
        }
        user.delete("/sessions/" + deletedSession).statusCode(204);

        var history =
                user.get("/activities/" + activity + "/history?limit=2").statusCode(200).extract();
        assertThat(history.<List<String>>path("sessionName"))
                .containsExactly("Session 4", "Session 3");
        assertThat(history.<String>path("[0].instanceId")).isEqualTo(kept);
        assertThat(history.<Float>path("[0].metrics[0].value")).isEqualTo(64.0f);
        assertThat(history.<String>path("[0].notes[0].content")).isEqualTo("F major still buzzes");
        List<String> all =
                user.get("/activities/" + activity + "/history?limit=50")
                        .extract()
                        .path("sessionName");
        assertThat(all).containsExactly("Session 4", "Session 3", "Session 1");

        user.get("/activities/" + activity + "/history?limit=0")
                .statusCode(400)
                .body("violations.field", hasItem("limit"));
        PracticeApi.newUser().get("/activities/" + activity + "/history").statusCode(404);
        user.get("/activities/" + UUID.randomUUID() + "/history")
                .statusCode(404)
                .contentType("application/problem+json");
        String unpractised = user.activity(root, "Scales", "BPM");
        user.get("/activities/" + unpractised + "/history").statusCode(200).body("$", hasSize(0));
        user.delete("/activities/" + unpractised).statusCode(204);
        user.get("/activities/" + unpractised + "/history").statusCode(404);
    }

    @Test
    void anotherUsersInstanceAnswers404Everywhere() {
        PracticeApi owner = PracticeApi.newUser();
        PracticeApi intruder = PracticeApi.newUser();
        String root = owner.root("Private");
        String activity = owner.activity(root, "Secret", "x");
        String session = owner.session(root, "S");
        String instance =
                owner.create(
                        "/sessions/" + session + "/activities", Map.of("activityId", activity));
        String base = "/activity-instances/" + instance;

        intruder.get(base).statusCode(404).contentType("application/problem+json");
        intruder.patch(base, Map.of("completed", true)).statusCode(404);
        intruder.post(base + "/start", "").statusCode(404);
        intruder.post(base + "/stop", "").statusCode(404);
        intruder.put(base + "/times", Map.of()).statusCode(404);
        intruder.put(base + "/metrics", Map.of("values", List.of())).statusCode(404);
        intruder.delete(base).statusCode(404);
        intruder.get("/sessions/" + session + "/activities").statusCode(404);
        intruder.post("/sessions/" + session + "/activities", Map.of("activityId", activity))
                .statusCode(404);
        intruder.put("/sessions/" + session + "/activities/order", Map.of("ids", List.of(instance)))
                .statusCode(404);
        owner.get(base)
                .statusCode(200)
                .body("completed", equalTo(false))
                .body("timeStart", nullValue());
        owner.get("/activity-instances/" + UUID.randomUUID()).statusCode(404);
    }
}
