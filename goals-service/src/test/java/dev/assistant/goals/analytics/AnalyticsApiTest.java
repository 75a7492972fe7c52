package dev.assistant.goals.analytics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.GoalsTestData;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AnalyticsApiTest {

    private static final String ANALYTICS = "/api/goals/analytics";

    @Inject Pool pool;

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }

    @Test
    void heatmapCountsLiveSessionsPerUtcDayOfTheYear() {
        GoalsTestData data = new GoalsTestData(pool);
        GoalsTestData other = new GoalsTestData(pool);
        String violin = data.root("Violin");
        String piano = data.root("Piano");
        data.session(violin, null, null, true, at("2025-03-04T07:00:00Z"), 600);
        data.session(violin, null, null, false, at("2025-03-04T19:00:00+02:00"), 900);
        data.session(violin, null, null, true, at("2025-03-04T20:00:00Z"), null);
        UUID deleted = data.session(violin, null, null, true, at("2025-03-04T08:00:00Z"), 50);
        data.sql("UPDATE sessions SET deleted_at = now() WHERE id = $1", deleted);
        data.session(violin, null, null, true, at("2025-12-31T23:30:00-01:00"), 60);
        data.session(violin, null, null, true, at("2024-12-31T23:59:59Z"), 60);
        data.session(piano, null, null, true, at("2025-03-04T10:00:00Z"), 1200);
        other.session(other.root("Theirs"), null, null, true, at("2025-03-04T10:00:00Z"), 5);

        data.api()
                .queryParam("rootId", violin)
                .queryParam("year", 2025)
                .get(ANALYTICS + "/heatmap")
                .then()
                .statusCode(200)
                .body("date", equalTo(List.of("2025-03-04")))
                .body("sessions", equalTo(List.of(3)))
                .body("totalDurationSeconds", equalTo(List.of(1500)));
        data.api()
                .queryParam("year", 2026)
                .get(ANALYTICS + "/heatmap")
                .then()
                .statusCode(200)
                .body("date", equalTo(List.of("2026-01-01")))
                .body("totalDurationSeconds", equalTo(List.of(60)));
        data.api()
                .queryParam("year", 2025)
                .get(ANALYTICS + "/heatmap")
                .then()
                .body("sessions", equalTo(List.of(4)))
                .body("totalDurationSeconds", equalTo(List.of(2700)));
        other.api()
                .queryParam("rootId", violin)
                .queryParam("year", 2025)
                .get(ANALYTICS + "/heatmap")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        data.api()
                .queryParam("year", 0)
                .get(ANALYTICS + "/heatmap")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("year"));
    }

    @Test
    void progressGivesTheTopAndEveryValuePerMetricPerDate() {
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Strength");
        UUID squat = data.activity(root, "Squat");
        UUID weight = data.metric(squat, "Weight", "kg", true);
        UUID reps = data.metric(squat, "Reps", "", false);
        UUID monday = data.session(root, null, null, true, at("2026-03-02T07:00:00Z"), 3600);
        UUID first = data.instance(root, monday, squat, at("2026-03-02T07:05:00Z"));
        data.value(first, weight, 0, 100);
        data.value(first, reps, 0, 5);
        data.value(first, weight, 1, 110);
        data.value(first, reps, 1, 3);
        UUID later = data.instance(root, monday, squat, at("2026-03-02T07:40:00Z"));
        data.value(later, weight, 0, 90);
        UUID friday = data.instance(root, null, squat, at("2026-03-06T18:00:00Z"));
        data.value(friday, weight, 0, 115);
        UUID gone = data.instance(root, null, squat, at("2026-03-07T18:00:00Z"));
        data.value(gone, weight, 0, 500);
        data.sql("UPDATE activity_instances SET deleted_at = now() WHERE id = $1", gone);

        data.api()
                .get(ANALYTICS + "/activities/" + squat + "/progress")
                .then()
                .statusCode(200)
                .body("metricId", equalTo(List.of(reps.toString(), weight.toString())))
                .body("[1].unit", equalTo("kg"))
                .body("[1].topSetMetric", equalTo(true))
                .body("[1].points.date", equalTo(List.of("2026-03-02", "2026-03-06")))
                .body("[1].points.top", equalTo(List.of(110.0f, 115.0f)))
                .body("[1].points[0].values", equalTo(List.of(100.0f, 110.0f, 90.0f)))
                .body("[0].points.top", equalTo(List.of(5.0f)))
                .body("[0].points[0].values", equalTo(List.of(5.0f, 3.0f)));
        data.api()
                .queryParam("metricId", reps)
                .get(ANALYTICS + "/activities/" + squat + "/progress")
                .then()
                .statusCode(200)
                .body("[0].points", hasSize(1))
                .body("[1].points", hasSize(0));
        new GoalsTestData(pool)
                .api()
                .get(ANALYTICS + "/activities/" + squat + "/progress")
                .then()
                .statusCode(404);
        data.api()
                .get(ANALYTICS + "/activities/" + UUID.randomUUID() + "/progress")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        UUID withoutMetrics = data.activity(root, "Plank");
        data.api()
                .get(ANALYTICS + "/activities/" + withoutMetrics + "/progress")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        data.sql("UPDATE activity_definitions SET deleted_at = now() WHERE id = $1", squat);
        data.api().get(ANALYTICS + "/activities/" + squat + "/progress").then().statusCode(404);
    }

    @Test
    void completionTimelineListsCompletedGoalsAndCountsPerMonth() {
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Marathon");
        String a = data.goal("Run 10 km", "ShortTermGoal", root);
        String b = data.goal("Run 21 km", "ShortTermGoal", root);
        String c = data.goal("Buy shoes", "ImmediateGoal", a);
        data.goal("Run 42 km", "MidTermGoal", root);
        String complete = "UPDATE goals SET completed_at = $2 WHERE id = $1";
        data.sql(complete, UUID.fromString(a), at("2026-02-10T10:00:00Z"));
        data.sql(complete, UUID.fromString(c), at("2026-01-31T23:30:00-02:00"));
        data.sql(complete, UUID.fromString(b), at("2026-04-01T08:00:00Z"));

        data.api()
                .queryParam("rootId", root)
                .get(ANALYTICS + "/goals/completions")
                .then()
                .statusCode(200)
                .body("goals.goalId", equalTo(List.of(c, a, b)))
                .body("goals.title", equalTo(List.of("Buy shoes", "Run 10 km", "Run 21 km")))
                .body("perMonth.month", equalTo(List.of("2026-02", "2026-04")))
                .body("perMonth.completed", equalTo(List.of(2, 1)));
        new GoalsTestData(pool)
                .api()
                .queryParam("rootId", root)
                .get(ANALYTICS + "/goals/completions")
                .then()
                .body("goals", hasSize(0));
    }

    @Test
    void countsWhatATreeHolds() {
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Violin");
        String other = data.root("Piano");
        String st = data.goal("Play a concerto", "ShortTermGoal", root);
        data.goal("Learn scales", "ShortTermGoal", root);
        data.sql("UPDATE goals SET completed_at = now() WHERE id = $1", UUID.fromString(st));
        UUID scales = data.activity(root, "Scales");
        UUID session = data.session(root, null, null, true, at("2026-03-02T07:00:00Z"), 60);
        data.session(root, null, null, false, at("2026-03-03T07:00:00Z"), 60);
        data.session(other, null, null, true, at("2026-03-03T07:00:00Z"), 60);
        data.instance(root, session, scales, at("2026-03-02T07:00:00Z"));
        data.note(root, session, "Intonation on the E string 🎻");

        data.api()
                .queryParam("rootId", root)
                .get(ANALYTICS + "/counts")
                .then()
                .statusCode(200)
                .body("goals", equalTo(3))
                .body("completedGoals", equalTo(1))
                .body(
                        "goalsByLevel",
                        equalTo(
                                Map.of(
                                        "UltimateGoal", Map.of("total", 1, "completed", 0),
                                        "ShortTermGoal", Map.of("total", 2, "completed", 1))))
                .body("sessions", equalTo(2))
                .body("completedSessions", equalTo(1))
                .body("activityInstances", equalTo(1))
                .body("notes", equalTo(1));
        data.api()
                .get(ANALYTICS + "/counts")
                .then()
                .body("goals", equalTo(4))
                .body("sessions", equalTo(3));
        new GoalsTestData(pool)
                .api()
                .queryParam("rootId", root)
                .get(ANALYTICS + "/counts")
                .then()
                .body("goals", equalTo(0))
                .body("goalsByLevel", equalTo(Map.of()))
                .body("notes", equalTo(0));
    }
}
