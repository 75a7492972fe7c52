package dev.assistant.goals.instance;

import java.util.List;
import java.util.Map;

import dev.assistant.goals.support.PracticeApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Writing an instance's metric values records the first achievement of the targets it meets. */
@QuarkusTest
class TargetsOnMetricValuesTest {

    @Test
    void aTargetIsAchievedByTheFirstValuesThatMeetIt() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Sprint faster");
        var activity =
                user.post(
                                "/activities",
                                Map.of(
                                        "rootId",
                                        root,
                                        "name",
                                        "Hill sprints",
                                        "metrics",
                                        List.of(Map.of("name", "Speed", "unit", "km/h"))))
                        .statusCode(201)
                        .extract();
        String activityId = activity.path("id");
        String metricId = activity.path("metrics[0].id");
        String target =
                user.create(
                        "/goals/" + root + "/targets",
                        Map.of(
                                "name",
                                "Reach 14.5 km/h",
                                "activityId",
                                activityId,
                                "thresholds",
                                List.of(Map.of("metricId", metricId, "min", 14.5))));
        String session = user.session(root, "Hills");
        String instance =
                user.create(
                        "/sessions/" + session + "/activities", Map.of("activityId", activityId));

        user.put(
                        "/activity-instances/" + instance + "/metrics",
                        Map.of("values", List.of(Map.of("metricId", metricId, "value", 13.9))))
                .statusCode(200);
        user.get("/targets/" + target).statusCode(200).body("achieved", equalTo(false));

        user.put(
                        "/activity-instances/" + instance + "/metrics",
                        Map.of("values", List.of(Map.of("metricId", metricId, "value", 14.6))))
                .statusCode(200);
        user.get("/targets/" + target)
                .statusCode(200)
                .body("achieved", equalTo(true))
                .body("achievedAt", notNullValue())
                .body("achievedBy", equalTo(instance));
    }
}
