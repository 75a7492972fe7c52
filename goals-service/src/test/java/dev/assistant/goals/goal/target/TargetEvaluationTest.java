package dev.assistant.goals.goal.target;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.GoalsTestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Which targets a session or an activity instance met, and when a target was first achieved. */
@QuarkusTest
class TargetEvaluationTest {

    private static final OffsetDateTime MORNING =
            OffsetDateTime.of(2026, 3, 1, 7, 30, 0, 0, ZoneOffset.UTC);

    @Inject Pool pool;

    @Inject TargetEvaluator evaluator;

    /** A user's tree with a goal, an activity of two metrics (weight, reps) and a session. */
    private static final class Gym {
        final GoalsTestData data;
        final String root;
        final String goal;
        final UUID squat;
        final UUID weight;
        final UUID reps;
        final UUID session;

        Gym(Pool pool) {
            data = new GoalsTestData(pool);
            root = data.root("Strength");
            goal = data.goal("Squat 100 kg × 5", "ShortTermGoal", root);
            squat = data.activity(root, "Back squat");
            weight = data.metric(squat, "Weight", "kg", true);
            reps = data.metric(squat, "Reps", "", false);
            session = data.session(root, null, null, false, MORNING, null);
        }

        String target(String name, Map<UUID, Double> thresholds) {
            return data.api()
                    .body(TargetApiTest.body(name, squat, thresholds))
                    .post("/api/goals/goals/" + goal + "/targets")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }

        private int practiced;

        /** An instance of the activity in the session, a minute after the previous one. */
        UUID instance(UUID activity) {
            return data.instance(root, session, activity, MORNING.plusMinutes(practiced++));
        }

        /** An instance of the squat in the session with (weight, reps) per set. */
        UUID sets(double[]... sets) {
            UUID instance = instance(squat);
            for (int i = 0; i < sets.length; i++) {
                data.value(instance, weight, i, sets[i][0]);
                data.value(instance, reps, i, sets[i][1]);
            }
            return instance;
        }

        ValidatableResponse metBySession() {
            return data.api()
                    .get("/api/goals/sessions/" + session + "/targets")
                    .then()
                    .statusCode(200);
        }

        ValidatableResponse metByInstance(UUID instance) {
            return data.api().get("/api/goals/activity-instances/" + instance + "/targets").then();
        }
    }

    @Test
    void aValueExactlyAtTheMinimumMeetsIt() {
        Gym gym = new Gym(pool);
        String target = gym.target("100 × 5", Map.of(gym.weight, 100.0, gym.reps, 5.0));
        UUID instance = gym.sets(new double[] {100, 5});
        gym.metByInstance(instance)
                .statusCode(200)
                .body("target.id", equalTo(List.of(target)))
                .body("[0].metBy", equalTo(List.of(instance.toString())));
        gym.metBySession().body("target.id", equalTo(List.of(target)));
    }

    @Test
    void eachThresholdMayBeMetInAnotherSet() {
        Gym gym = new Gym(pool);
        String target = gym.target("100 kg and 8 reps", Map.of(gym.weight, 100.0, gym.reps, 8.0));
        String tooHeavy = gym.target("140 kg", Map.of(gym.weight, 140.0));
        UUID instance =
                gym.sets(new double[] {100, 3}, new double[] {60, 8}, new double[] {99.5, 12});
        gym.metByInstance(instance).statusCode(200).body("target.id", equalTo(List.of(target)));
        assertThat(tooHeavy).isNotEqualTo(target);
    }

    @Test
    void oneThresholdShortIsNotMet() {
        Gym gym = new Gym(pool);
        gym.target("100 × 5", Map.of(gym.weight, 100.0, gym.reps, 5.0));
        UUID instance = gym.sets(new double[] {100, 4.999});
        UUID noValues = gym.instance(gym.squat);
        gym.metByInstance(instance).statusCode(200).body("size()", equalTo(0));
        gym.metByInstance(noValues).statusCode(200).body("size()", equalTo(0));
        gym.metBySession().body("size()", equalTo(0));
    }

    @Test
    void aTargetWithoutThresholdsIsMetByAnyInstanceOfItsActivity() {
        Gym gym = new Gym(pool);
        String target = gym.target("Just squat", Map.of());
        UUID otherActivity = gym.data.activity(gym.root, "Deadlift");
        UUID deadlift = gym.instance(otherActivity);
        UUID first = gym.instance(gym.squat);
        UUID second = gym.sets(new double[] {20, 10});
        gym.metByInstance(deadlift).statusCode(200).body("size()", equalTo(0));
        gym.metBySession()
                .body("target.id", equalTo(List.of(target)))
                .body("[0].metBy", equalTo(List.of(first.toString(), second.toString())));
    }

    @Test
    void deletedInstancesSessionsAndGoalsMeetNothing() {
        Gym gym = new Gym(pool);
        String target = gym.target("100 kg", Map.of(gym.weight, 100.0));
        UUID deleted = gym.sets(new double[] {120, 1});
        UUID kept = gym.sets(new double[] {80, 1});
        gym.data.sql("UPDATE activity_instances SET deleted_at = now() WHERE id = $1", deleted);
        gym.metByInstance(deleted).statusCode(404).contentType("application/problem+json");
        gym.metByInstance(kept).statusCode(200).body("size()", equalTo(0));
        gym.metBySession().body("size()", equalTo(0));

        UUID met = gym.sets(new double[] {100, 1});
        gym.metBySession().body("target.id", equalTo(List.of(target)));
        gym.data.api().delete("/api/goals/goals/" + gym.goal).then().statusCode(204);
        gym.metBySession().body("size()", equalTo(0));
        gym.metByInstance(met).statusCode(200).body("size()", equalTo(0));

        gym.data.sql("UPDATE sessions SET deleted_at = now() WHERE id = $1", gym.session);
        gym.data
                .api()
                .get("/api/goals/sessions/" + gym.session + "/targets")
                .then()
                .statusCode(404);
        gym.metByInstance(met).statusCode(404);
        gym.data
                .api()
                .get("/api/goals/sessions/" + UUID.randomUUID() + "/targets")
                .then()
                .statusCode(404);
    }

    @Test
    void aNewTargetIsAchievedByTheEarliestInstanceAlreadyRecorded() {
        Gym gym = new Gym(pool);
        UUID earlier = gym.sets(new double[] {105, 5});
        gym.data.sql(
                "UPDATE activity_instances SET time_start = $2 WHERE id = $1",
                earlier,
                MORNING.minusDays(3));
        gym.sets(new double[] {110, 5});
        String target = gym.target("100 × 5", Map.of(gym.weight, 100.0, gym.reps, 5.0));
        gym.data
                .api()
                .get("/api/goals/targets/" + target)
                .then()
                .statusCode(200)
                .body("achieved", equalTo(true))
                .body("achievedBy", equalTo(earlier.toString()))
                .body("achievedAt", equalTo("2026-02-26T07:30:00Z"));
    }

    @Test
    void theEvaluatorRecordsOnlyTheFirstAchievement() {
        Gym gym = new Gym(pool);
        String target = gym.target("100 × 5", Map.of(gym.weight, 100.0, gym.reps, 5.0));
        UUID tooLight = gym.sets(new double[] {90, 5});
        assertThat(evaluator.instanceChanged(pool, gym.data.user, tooLight).await().indefinitely())
                .isEmpty();
        gym.data.api().get("/api/goals/targets/" + target).then().body("achievedAt", nullValue());

        UUID first = gym.sets(new double[] {100, 5});
        assertThat(evaluator.instanceChanged(pool, gym.data.user, first).await().indefinitely())
                .containsExactly(UUID.fromString(target));
        UUID later = gym.sets(new double[] {120, 6});
        assertThat(evaluator.instanceChanged(pool, gym.data.user, later).await().indefinitely())
                .isEmpty();
        // Another user's call finds nothing of this user's.
        assertThat(evaluator.instanceChanged(pool, "someone-else", first).await().indefinitely())
                .isEmpty();
        gym.data
                .api()
                .get("/api/goals/targets/" + target)
                .then()
                .body("achieved", equalTo(true))
                .body("achievedBy", equalTo(first.toString()))
                .body("achievedAt", equalTo("2026-03-01T07:31:00Z"));

        // A new condition forgets the old achievement and is evaluated again.
        gym.data
                .api()
                .body(
                        Map.of(
                                "thresholds",
                                List.of(Map.of("metricId", gym.weight.toString(), "min", 115))))
                .patch("/api/goals/targets/" + target)
                .then()
                .statusCode(200)
                .body("achievedBy", equalTo(later.toString()));
        gym.data
                .api()
                .body(
                        Map.of(
                                "thresholds",
                                List.of(Map.of("metricId", gym.weight.toString(), "min", 200))))
                .patch("/api/goals/targets/" + target)
                .then()
                .statusCode(200)
                .body("achieved", equalTo(false))
                .body("achievedBy", nullValue());
    }

    @Test
    void aCopiedGoalsTargetsAreCopiedUnachievedAndEarnedByNewPractice() {
        Gym gym = new Gym(pool);
        String heavy = gym.target("100 × 5", Map.of(gym.weight, 100.0, gym.reps, 5.0));
        String any = gym.target("Any squat", Map.of());
        UUID before = gym.sets(new double[] {100, 5});
        evaluator.instanceChanged(pool, gym.data.user, before).await().indefinitely();
        String leaf = gym.data.goal("Pause squats", "ImmediateGoal", gym.goal);
        String leafTarget =
                gym.data
                        .api()
                        .body(
                                TargetApiTest.body(
                                        "Paused 80 × 3", gym.squat, Map.of(gym.weight, 80.0)))
                        .post("/api/goals/goals/" + leaf + "/targets")
                        .then()
                        .statusCode(201)
                        .body("achievedBy", equalTo(before.toString()))
                        .extract()
                        .path("id");

        String copy =
                gym.data
                        .api()
                        .body(Map.of())
                        .post("/api/goals/goals/" + gym.goal + "/copy")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        List<Map<String, Object>> copied = targetsOf(gym, copy);
        assertThat(copied).extracting(t -> t.get("name")).containsExactly("100 × 5", "Any squat");
        assertThat(copied)
                .allSatisfy(
                        t -> {
                            assertThat(t.get("id")).isNotIn(heavy, any);
                            assertThat(t.get("goalId")).isEqualTo(copy);
                            assertThat(t.get("rootId")).isEqualTo(gym.root);
                            assertThat(t.get("activityId")).isEqualTo(gym.squat.toString());
                            assertThat(t.get("achieved")).isEqualTo(false);
                            assertThat(t.get("achievedBy")).isNull();
                        });
        assertThat(copied.getFirst().get("thresholds"))
                .isEqualTo(targetsOf(gym, gym.goal).getFirst().get("thresholds"));
        // The subtree's targets too; the originals keep their achievements.
        List<String> copyTree =
                gym.data
                        .api()
                        .get("/api/goals/goals/" + copy + "/tree")
                        .then()
                        .extract()
                        .path("id");
        String leafCopy = copyTree.get(copyTree.indexOf(copy) + 1);
        assertThat(targetsOf(gym, leafCopy))
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.get("id")).isNotEqualTo(leafTarget);
                            assertThat(t.get("name")).isEqualTo("Paused 80 × 3");
                            assertThat(t.get("achieved")).isEqualTo(false);
                        });
        assertThat(targetsOf(gym, gym.goal))
                .extracting(t -> t.get("achievedBy"))
                .containsExactly(before.toString(), before.toString());

        // New practice achieves the copies (and only what it meets).
        UUID after = gym.sets(new double[] {90, 5});
        assertThat(evaluator.instanceChanged(pool, gym.data.user, after).await().indefinitely())
                .containsExactlyInAnyOrder(
                        UUID.fromString((String) copied.get(1).get("id")),
                        UUID.fromString((String) targetsOf(gym, leafCopy).getFirst().get("id")));

        // A root's copy is a new tree without the activities: its goals get no targets.
        String treeCopy =
                gym.data
                        .api()
                        .body(Map.of())
                        .post("/api/goals/goals/" + gym.root + "/copy")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        List<String> newTree =
                gym.data
                        .api()
                        .get("/api/goals/goals/" + treeCopy + "/tree")
                        .then()
                        .extract()
                        .path("id");
        assertThat(newTree).hasSize(5);
        newTree.forEach(goal -> assertThat(targetsOf(gym, goal)).as(goal).isEmpty());
    }

    private static List<Map<String, Object>> targetsOf(Gym gym, String goal) {
        return gym.data
                .api()
                .get("/api/goals/goals/" + goal + "/targets")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
    }
}
