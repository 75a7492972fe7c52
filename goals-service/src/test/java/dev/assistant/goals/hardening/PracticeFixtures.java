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
        return fixtures.id("activity-groups", group)
                .id("activities", activity)
                .body(
                        "POST /api/goals/activity-groups",
                        "{\"rootId\":\"" + root + "\",\"name\":\"Warm-up\"}")
                .body(
                        "POST /api/goals/activities",
                        "{\"rootId\":\"" + root + "\",\"name\":\"Arpeggios\"}");
    }
}
