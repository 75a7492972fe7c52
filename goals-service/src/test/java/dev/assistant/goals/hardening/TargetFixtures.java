package dev.assistant.goals.hardening;

import java.util.List;
import java.util.Map;

import dev.assistant.goals.support.PracticeApi;
import dev.assistant.kit.testing.openapi.Fixtures;
import io.vertx.core.json.JsonObject;

/**
 * The targets side's fixtures for {@link GoalsApiContractTest}: a target, and the body of a valid
 * new target of the root (on an activity with a metric). The sessions and activity instances whose
 * targets are evaluated are the practice side's fixtures.
 */
final class TargetFixtures {

    private TargetFixtures() {}

    static Fixtures add(String bearer, String root, Fixtures fixtures) {
        PracticeApi owner = PracticeApi.withBearer(bearer);
        var activity =
                owner.post(
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
        String body =
                new JsonObject()
                        .put("name", "Fast hills")
                        .put("activityId", activityId)
                        .put("thresholds", List.of(Map.of("metricId", metricId, "min", 14.5)))
                        .encode();
        // The target lives in a tree of its own: the contract deletes the root's tree (and so its
        // targets) before it deletes the target.
        String otherRoot = owner.root("Sprint faster");
        String otherActivity = owner.activity(otherRoot, "Flying 30 m");
        String target =
                owner.create(
                        "/goals/" + otherRoot + "/targets",
                        Map.of("name", "Any flying sprint", "activityId", otherActivity));
        return fixtures.id("targets", target).body("POST /api/goals/goals/{goalId}/targets", body);
    }
}
