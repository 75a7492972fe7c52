package dev.assistant.goals.goal.target;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.GoalsTestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Targets: CRUD under a goal, validation against the goal's tree, and ownership. */
@QuarkusTest
class TargetApiTest {

    @Inject Pool pool;

    /** A user with a tree, a goal in it and an activity with two metrics. */
    private record Setup(
            GoalsTestData data, String root, String goal, UUID activity, UUID pace, UUID distance) {

        static Setup create(Pool pool) {
            GoalsTestData data = new GoalsTestData(pool);
            String root = data.root("Chạy bộ");
            String goal = data.goal("Sub-50 10 km", "ShortTermGoal", root);
            UUID activity = data.activity(root, "Tempo run");
            return new Setup(
                    data,
                    root,
                    goal,
                    activity,
                    data.metric(activity, "Speed", "km/h", false),
                    data.metric(activity, "Distance", "km", false));
        }

        ValidatableResponse post(Object body) {
            return data.api().body(body).post("/api/goals/goals/" + goal + "/targets").then();
        }

        String target(String name, Map<UUID, Double> thresholds) {
            return post(body(name, activity, thresholds)).statusCode(201).extract().path("id");
        }
    }

    static Map<String, Object> body(String name, UUID activity, Map<UUID, Double> thresholds) {
        return Map.of(
                "name",
                name,
                "activityId",
                activity.toString(),
                "thresholds",
                thresholds.entrySet().stream()
                        .map(e -> Map.of("metricId", e.getKey().toString(), "min", e.getValue()))
                        .toList());
    }

    @Test
    void createsListsReadsPatchesAndDeletesTargets() {
        Setup s = Setup.create(pool);
        String description = "Mục tiêu 🎯 ".repeat(500);
        String id =
                s.post(
                                Map.of(
                                        "name",
                                        "12 km/h for 10 km",
                                        "description",
                                        description,
                                        "activityId",
                                        s.activity().toString(),
                                        "thresholds",
                                        List.of(
                                                Map.of("metricId", s.pace().toString(), "min", 12),
                                                Map.of(
                                                        "metricId",
                                                        s.distance().toString(),
                                                        "min",
                                                        10.0))))
                        .statusCode(201)
                        .header("Location", containsString("/api/goals/targets/"))
                        .body("goalId", equalTo(s.goal()))
                        .body("rootId", equalTo(s.root()))
                        .body("description", equalTo(description))
                        .body(
                                "thresholds.metricId",
                                equalTo(List.of(s.pace().toString(), s.distance().toString())))
                        .body("thresholds[0].min", equalTo(12.0f))
                        .body("achieved", equalTo(false))
                        .body("achievedAt", nullValue())
                        .extract()
                        .path("id");
        String second = s.target("Any tempo run", Map.of());

        s.data()
                .api()
                .get("/api/goals/goals/" + s.goal() + "/targets")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(id, second)));
        s.data()
                .api()
                .body(
                        Map.of(
                                "name",
                                "13 km/h",
                                "thresholds",
                                List.of(Map.of("metricId", s.pace().toString(), "min", 13))))
                .patch("/api/goals/targets/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("13 km/h"))
                .body("description", equalTo(description))
                .body("thresholds.size()", equalTo(1))
                .body("thresholds[0].min", equalTo(13.0f));
        s.data()
                .api()
                .body(Map.of("description", ""))
                .patch("/api/goals/targets/" + id)
                .then()
                .statusCode(200)
                .body("description", nullValue());
        s.data().api().delete("/api/goals/targets/" + id).then().statusCode(204);
        s.data().api().get("/api/goals/targets/" + id).then().statusCode(404);
        s.data().api().delete("/api/goals/targets/" + id).then().statusCode(404);
        s.data()
                .api()
                .get("/api/goals/goals/" + s.goal() + "/targets")
                .then()
                .body("id", equalTo(List.of(second)));
    }

    @Test
    void validatesNamingTheField() {
        Setup s = Setup.create(pool);
        UUID otherActivity = s.data().activity(s.root(), "Intervals");
        UUID otherMetric = s.data().metric(otherActivity, "Reps", "", false);
        String otherRoot = s.data().root("Another tree");
        UUID otherTreeActivity = s.data().activity(otherRoot, "Swim");

        s.post(Map.of("name", " ", "activityId", s.activity().toString()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("name"));
        s.post(Map.of("name", "No activity"))
                .statusCode(400)
                .body("violations.field", hasItem("activityId"));
        s.post(body("Other tree", otherTreeActivity, Map.of()))
                .statusCode(400)
                .body("violations.field", hasItem("activityId"));
        s.post(body("Missing", UUID.randomUUID(), Map.of()))
                .statusCode(400)
                .body("violations.field", hasItem("activityId"));
        s.post(body("Foreign metric", s.activity(), Map.of(otherMetric, 3.0)))
                .statusCode(400)
                .body("violations.field", hasItem("thresholds[0].metricId"));
        s.post(
                        Map.of(
                                "name",
                                "Twice",
                                "activityId",
                                s.activity().toString(),
                                "thresholds",
                                List.of(
                                        Map.of("metricId", s.pace().toString(), "min", 1),
                                        Map.of("metricId", s.pace().toString(), "min", 2))))
                .statusCode(400)
                .body("violations.field", hasItem("thresholds[1].metricId"));
        Map<String, Object> noMin = new HashMap<>();
        noMin.put("metricId", s.pace().toString());
        s.post(
                        Map.of(
                                "name",
                                "No min",
                                "activityId",
                                s.activity().toString(),
                                "thresholds",
                                List.of(noMin)))
                .statusCode(400)
                .body("violations.field", hasItem(containsString("min")));
        s.data()
                .api()
                .body(body("Ghost goal", s.activity(), Map.of()))
                .post("/api/goals/goals/" + UUID.randomUUID() + "/targets")
                .then()
                .statusCode(404);
        String target = s.target("Patched", Map.of(s.pace(), 10.0));
        s.data()
                .api()
                .body(Map.of("activityId", otherActivity.toString()))
                .patch("/api/goals/targets/" + target)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("thresholds[0].metricId"));
        s.data()
                .api()
                .body(Map.of("name", ""))
                .patch("/api/goals/targets/" + target)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));
    }

    @Test
    void aDeletedGoalsTargetsAreGone() {
        Setup s = Setup.create(pool);
        String target = s.target("Gone with its goal", Map.of());
        s.data().api().delete("/api/goals/goals/" + s.goal()).then().statusCode(204);
        s.data().api().get("/api/goals/targets/" + target).then().statusCode(404);
        s.data().api().get("/api/goals/goals/" + s.goal() + "/targets").then().statusCode(404);
        s.data().api().post("/api/goals/goals/" + s.goal() + "/restore").then().statusCode(200);
        s.data().api().get("/api/goals/targets/" + target).then().statusCode(200);
    }

    @Test
    void anotherUsersTargetsGoalsSessionsAndInstancesAnswer404() {
        Setup s = Setup.create(pool);
        String target = s.target("Mine", Map.of(s.pace(), 10.0));
        UUID session = s.data().session(s.root(), null, null, false, OffsetDateTime.now(), null);
        UUID instance = s.data().instance(s.root(), session, s.activity(), OffsetDateTime.now());
        GoalsTestData intruder = new GoalsTestData(pool);
        String intruderRoot = intruder.root("Mine too");

        intruder.api().get("/api/goals/goals/" + s.goal() + "/targets").then().statusCode(404);
        intruder.api()
                .body(body("Hijack", s.activity(), Map.of()))
                .post("/api/goals/goals/" + s.goal() + "/targets")
                .then()
                .statusCode(404);
        intruder.api().get("/api/goals/targets/" + target).then().statusCode(404);
        intruder.api()
                .body(Map.of("name", "Hijacked"))
                .patch("/api/goals/targets/" + target)
                .then()
                .statusCode(404);
        intruder.api().delete("/api/goals/targets/" + target).then().statusCode(404);
        intruder.api().get("/api/goals/sessions/" + session + "/targets").then().statusCode(404);
        intruder.api()
                .get("/api/goals/activity-instances/" + instance + "/targets")
                .then()
                .statusCode(404);
        // Someone else's activity under one's own goal looks like a missing one.
        intruder.api()
                .body(body("Borrowed", s.activity(), Map.of()))
                .post("/api/goals/goals/" + intruderRoot + "/targets")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("activityId"));
        s.data()
                .api()
                .get("/api/goals/targets/" + target)
                .then()
                .statusCode(200)
                .body("name", equalTo("Mine"));
    }
}
