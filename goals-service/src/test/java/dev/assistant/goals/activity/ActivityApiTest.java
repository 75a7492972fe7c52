package dev.assistant.goals.activity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.PracticeApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ActivityApiTest {

    private static Map<String, Object> metric(String name, String unit, boolean topSet) {
        return Map.of("name", name, "unit", unit, "topSet", topSet, "multiplicative", true);
    }

    @Test
    void groupsAreOrderedEditableAndDeletingOneKeepsItsActivities() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Climb 8a");
        String second =
                user.create(
                        "/activity-groups",
                        Map.of("rootId", root, "name", "Fingerboard", "sortOrder", 2));
        String first =
                user.create(
                        "/activity-groups",
                        Map.of("rootId", root, "name", "Échauffement 🧗", "sortOrder", 1));
        List<String> ids =
                user.get("/activity-groups?rootId=" + root).statusCode(200).extract().path("id");
        assertThat(ids).containsExactly(first, second);

        user.patch("/activity-groups/" + second, Map.of("description", "Hangs, 7/3 repeaters"))
                .statusCode(200)
                .body("name", equalTo("Fingerboard"))
                .body("description", equalTo("Hangs, 7/3 repeaters"));
        String activity =
                user.create(
                        "/activities",
                        Map.of("rootId", root, "groupId", second, "name", "Max hangs"));
        user.delete("/activity-groups/" + second).statusCode(204);
        user.get("/activity-groups/" + second).statusCode(404);
        user.get("/activities/" + activity)
                .statusCode(200)
                .body("groupId", nullValue())
                .body("name", equalTo("Max hangs"));
    }

    @Test
    void anActivityHasUpToThreeMetricsAndFiveSplits() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Get strong");
        Map<String, Object> body =
                Map.of(
                        "rootId",
                        root,
                        "name",
                        "Squat",
                        "hasSets",
                        true,
                        "metrics",
                        List.of(metric("Weight", "kg", true), metric("Reps", "", false)),
                        "splits",
                        List.of(Map.of("name", "Left"), Map.of("name", "Right")));
        String id =
                user.post("/activities", body)
                        .statusCode(201)
                        .body("hasSets", equalTo(true))
                        .body("hasMetrics", equalTo(true))
                        .body("hasSplits", equalTo(true))
                        .body("metrics.name", equalTo(List.of("Weight", "Reps")))
                        .body("metrics.topSet", equalTo(List.of(true, false)))
                        .body("splits.name", equalTo(List.of("Left", "Right")))
                        .extract()
                        .path("id");
        user.get("/activities/" + id)
                .statusCode(200)
                .body("metrics.unit", equalTo(List.of("kg", "")));
        List<String> listed =
                user.get("/activities?rootId=" + root).statusCode(200).extract().path("id");
        assertThat(listed).containsExactly(id);

        List<Map<String, Object>> four =
                List.of(
                        metric("a", "", false),
                        metric("b", "", false),
                        metric("c", "", false),
                        metric("d", "", false));
        user.post("/activities", Map.of("rootId", root, "name", "Too many", "metrics", four))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("metrics"));
        List<Map<String, String>> six =
                List.of("1", "2", "3", "4", "5", "6").stream().map(n -> Map.of("name", n)).toList();
        user.post("/activities", Map.of("rootId", root, "name", "Too many", "splits", six))
                .statusCode(400)
                .body("violations.field", hasItem("splits"));
        user.post(
                        "/activities",
                        Map.of(
                                "rootId",
                                root,
                                "name",
                                "Two tops",
                                "metrics",
                                List.of(metric("a", "", true), metric("b", "", true))))
                .statusCode(400)
                .body("violations.field", hasItem("metrics"));
        user.post("/activities", Map.of("rootId", root, "name", " "))
                .statusCode(400)
                .body("violations.field", hasItem("name"));
    }

    @Test
    void editingMetricsKeepsTheNamedOnesAndRemovesTheRest() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Run faster");
        String id = user.activity(root, "Intervals", "Distance", "Pace", "Heart rate");
        List<String> metricIds = user.get("/activities/" + id).extract().path("metrics.id");

        ValidatableResponse edited =
                user.patch(
                                "/activities/" + id,
                                Map.of(
                                        "metrics",
                                        List.of(
                                                Map.of(
                                                        "id",
                                                        metricIds.get(1),
                                                        "name",
                                                        "Pace",
                                                        "unit",
                                                        "min/km"),
                                                Map.of("name", "Cadence", "unit", "spm"))))
                        .statusCode(200);
        edited.body("metrics.name", equalTo(List.of("Pace", "Cadence")));
        List<String> after = edited.extract().path("metrics.id");
        assertThat(after.getFirst()).isEqualTo(metricIds.get(1));
        assertThat(after).doesNotContain(metricIds.get(0), metricIds.get(2));

        user.patch(
                        "/activities/" + id,
                        Map.of(
                                "metrics",
                                List.of(
                                        Map.of(
                                                "id",
                                                UUID.randomUUID().toString(),
                                                "name",
                                                "Ghost"))))
                .statusCode(400)
                .body("violations.field", hasItem("metrics[0].id"));
        user.patch("/activities/" + id, Map.of("name", "Track intervals"))
                .statusCode(200)
                .body("name", equalTo("Track intervals"))
                .body("metrics.name", equalTo(List.of("Pace", "Cadence")));
    }

    @Test
    void anActivityBelongsToOneOfTheCallersTrees() {
        PracticeApi owner = PracticeApi.newUser();
        PracticeApi other = PracticeApi.newUser();
        String root = owner.root("Mine");
        String child = owner.goal(root, "Not a root", "LongTermGoal");
        String othersRoot = other.root("Theirs");
        String othersGroup =
                other.create("/activity-groups", Map.of("rootId", othersRoot, "name", "G"));

        owner.post("/activities", Map.of("rootId", othersRoot, "name", "Steal"))
                .statusCode(400)
                .body("violations.field", hasItem("rootId"));
        owner.post("/activities", Map.of("rootId", child, "name", "Below the root"))
                .statusCode(400)
                .body("violations.field", hasItem("rootId"));
        owner.post("/activities", Map.of("rootId", root, "name", "X", "groupId", othersGroup))
                .statusCode(400)
                .body("violations.field", hasItem("groupId"));
        owner.post("/activity-groups", Map.of("rootId", othersRoot, "name", "G"))
                .statusCode(400)
                .body("violations.field", hasItem("rootId"));
        owner.get("/activities").statusCode(400).body("violations.field", hasItem("rootId"));
    }

    @Test
    void anotherUsersActivitiesAndGroupsAnswer404() {
        PracticeApi owner = PracticeApi.newUser();
        PracticeApi intruder = PracticeApi.newUser();
        String root = owner.root("Private");
        String group = owner.create("/activity-groups", Map.of("rootId", root, "name", "G"));
        String activity = owner.activity(root, "Secret drill", "Reps");

        intruder.get("/activities/" + activity).statusCode(404);
        intruder.patch("/activities/" + activity, Map.of("name", "Mine now")).statusCode(404);
        intruder.delete("/activities/" + activity).statusCode(404);
        intruder.get("/activity-groups/" + group).statusCode(404);
        intruder.patch("/activity-groups/" + group, Map.of("name", "Mine")).statusCode(404);
        intruder.delete("/activity-groups/" + group).statusCode(404);
        intruder.get("/activities?rootId=" + root).statusCode(200).body("size()", equalTo(0));
        intruder.get("/activity-groups?rootId=" + root).statusCode(200).body("size()", equalTo(0));
        owner.get("/activities/" + activity).statusCode(200).body("name", equalTo("Secret drill"));
        owner.get("/activities/" + UUID.randomUUID())
                .statusCode(404)
                .contentType("application/problem+json");

        owner.delete("/activities/" + activity).statusCode(204);
        owner.get("/activities/" + activity).statusCode(404);
        owner.get("/activities?rootId=" + root).statusCode(200).body("size()", equalTo(0));
    }
}
