package dev.assistant.goals.hardening;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.PracticeApi;
import dev.assistant.kit.testing.openapi.Fixtures;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The targets side's fixtures for {@link GoalsApiContractTest}: a target, a session and an activity
 * instance to evaluate, and the body of a valid new target of the root (on an activity with a
 * metric).
 */
final class TargetFixtures {

    private TargetFixtures() {}

    static Fixtures add(String bearer, String root, Pool pool, Fixtures fixtures) {
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
        // Session and instance rows by SQL: their endpoints belong to the practice feature.
        String ownerId = subject(bearer);
        UUID session = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        pool.preparedQuery(
                        "INSERT INTO sessions (id, owner_id, root_id, name) VALUES ($1, $2, $3, 'Hills')")
                .execute(Tuple.of(session, ownerId, UUID.fromString(root)))
                .chain(
                        () ->
                                pool.preparedQuery(
                                                "INSERT INTO activity_instances (id, owner_id, root_id, session_id,"
                                                        + " activity_definition_id) VALUES ($1, $2, $3, $4, $5)")
                                        .execute(
                                                Tuple.of(
                                                        instance,
                                                        ownerId,
                                                        UUID.fromString(root),
                                                        session,
                                                        UUID.fromString(activityId))))
                .await()
                .indefinitely();
        return fixtures.id("targets", target)
                .id("sessions", session.toString())
                .id("activity-instances", instance.toString())
                .body("POST /api/goals/goals/{goalId}/targets", body);
    }

    /** The user id (JWT subject) a test bearer stands for. */
    private static String subject(String bearer) {
        String payload = bearer.substring("Bearer ".length()).split("\\.")[1];
        return new JsonObject(
                        new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
    }
}
