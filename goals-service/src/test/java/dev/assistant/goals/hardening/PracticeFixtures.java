package dev.assistant.goals.hardening;

import java.util.Map;

import dev.assistant.goals.support.PracticeApi;
import dev.assistant.kit.testing.openapi.Fixtures;

/**
 * The practice side's fixtures for {@link GoalsApiContractTest}: one of each resource under the
 * owner's tree, and the bodies whose generated minimum would not name real resources.
 */
final class PracticeFixtures {

    private PracticeFixtures() {}

    static Fixtures add(String ownerBearer, String root, Fixtures fixtures) {
        PracticeApi owner = PracticeApi.withBearer(ownerBearer);
        String group = owner.create("/activity-groups", Map.of("rootId", root, "name", "Drills"));
        String activity = owner.activity(root, "Scales", "Tempo");
        String session = owner.session(root, "Evening practice");
        String instance =
                owner.create(
                        "/sessions/" + session + "/activities", Map.of("activityId", activity));
        // Running, so stop succeeds whichever of the timer operations comes first.
        owner.post("/activity-instances/" + instance + "/start", "").statusCode(200);
        // About an activity no operation deletes: a note goes with the session, instance,
        // activity or tree it is about, whose deletes may run before the note's own (a tree's
        // deletion leaves the notes about its activities).
        String kept = owner.activity(root, "Etudes", "Tempo");
        String note =
                owner.create(
                        "/notes", Map.of("activityDefinitionId", kept, "content", "Even thirds"));
        return fixtures.id("activity-groups", group)
                .id("activities", activity)
                .id("sessions", session)
                .id("activity-instances", instance)
                .id("notes", note)
                .body(
                        "POST /api/goals/notes",
                        "{\"sessionId\":\"" + session + "\",\"content\":\"Sleepy today\"}")
                .body(
                        "POST /api/goals/activity-groups",
                        "{\"rootId\":\"" + root + "\",\"name\":\"Warm-up\"}")
                .body(
                        "POST /api/goals/activities",
                        "{\"rootId\":\"" + root + "\",\"name\":\"Arpeggios\"}")
                .body(
                        "POST /api/goals/sessions",
                        "{\"rootId\":\"" + root + "\",\"name\":\"Morning practice\"}")
                .body(
                        "POST /api/goals/sessions/{id}/activities",
                        "{\"activityId\":\"" + activity + "\"}")
                .body(
                        "PUT /api/goals/sessions/{id}/activities/order",
                        "{\"ids\":[\"" + instance + "\"]}")
                .body(
                        "PUT /api/goals/activity-instances/{id}/times",
                        "{\"timeStart\":\"2026-01-01T10:00:00Z\",\"timeStop\":\"2026-01-01T10:30:00Z\"}");
    }
}
