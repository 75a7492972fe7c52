package dev.assistant.goals.goal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Editing, completing, moving, re-levelling, copying, deleting and restoring goals. */
@QuarkusTest
class GoalTreeOperationsTest {

    @Test
    void patchChangesOnlyTheNamedFieldsAndNullClears() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Học tiếng Việt 🇻🇳", "UltimateGoal", null);
        String longText = "Mỗi ngày một chút. ".repeat(800);
        api.patch(root, Map.of("description", longText, "deadline", "2027-03-31", "sortOrder", 4))
                .statusCode(200)
                .body("title", equalTo("Học tiếng Việt 🇻🇳"))
                .body("description", equalTo(longText))
                .body("deadline", equalTo("2027-03-31"))
                .body("sortOrder", equalTo(4));
        api.patch(root, Map.of("title", "Nói tiếng Việt trôi chảy"))
                .statusCode(200)
                .body("title", equalTo("Nói tiếng Việt trôi chảy"))
                .body("deadline", equalTo("2027-03-31"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("description", null);
        clear.put("deadline", null);
        api.patch(root, clear)
                .statusCode(200)
                .body("description", nullValue())
                .body("deadline", nullValue())
                .body("title", equalTo("Nói tiếng Việt trôi chảy"));
    }

    @Test
    void patchValidatesNamingTheField() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        api.patch(root, Map.of("title", "  "))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("title"));
        api.patch(root, Map.of("sortOrder", -1))
                .statusCode(400)
                .body("violations.field", hasItem("sortOrder"));
        api.patch(root, Map.of("title", "x".repeat(501)))
                .statusCode(400)
                .body("violations.field", hasItem("title"));
        api.patch(root, Map.of("deadline", "31/03/2027")).statusCode(400);
        api.patch(UUID.randomUUID().toString(), Map.of("title", "Nobody's"))
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void completeAndUncompleteKeepTheFirstCompletionTime() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String completedAt =
                api.action(root, "complete", null)
                        .statusCode(200)
                        .body("completed", equalTo(true))
                        .body("completedAt", notNullValue())
                        .extract()
                        .path("completedAt");
        api.action(root, "complete", null)
                .statusCode(200)
                .body("completedAt", equalTo(completedAt));
        api.action(root, "uncomplete", null)
                .statusCode(200)
                .body("completed", equalTo(false))
                .body("completedAt", nullValue());
        api.action(UUID.randomUUID().toString(), "complete", null).statusCode(404);
    }

    @Test
    void moveTakesTheSubtreeAlongAndKeepsItsRoot() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String a = api.create("A", "LongTermGoal", root);
        String b = api.create("B", "LongTermGoal", root);
        String mid = api.create("Mid under A", "MidTermGoal", a);
        String shortTerm = api.create("Short under Mid", "ShortTermGoal", mid);

        api.action(mid, "move", Map.of("parentId", b, "sortOrder", 2))
                .statusCode(200)
                .body("parentId", equalTo(b))
                .body("sortOrder", equalTo(2));
        assertThat(api.treeIds(root)).containsExactly(root, a, b, mid, shortTerm);
        api.get(shortTerm)
                .statusCode(200)
                .body("rootId", equalTo(root))
                .body("parentId", equalTo(mid));

        // Reordering only: B before A.
        api.action(b, "move", Map.of("sortOrder", 0)).statusCode(200);
        api.action(a, "move", Map.of("sortOrder", 1)).statusCode(200);
        assertThat(api.treeIds(root)).containsExactly(root, b, mid, shortTerm, a);
    }

    @Test
    void moveRefusesCyclesLevelViolationsAndOtherTrees() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String mid = api.create("Mid", "MidTermGoal", root);
        String shortTerm = api.create("Short", "ShortTermGoal", mid);
        String otherShort = api.create("Other short", "ShortTermGoal", root);
        String otherTree = api.create("Other tree", "UltimateGoal", null);

        for (String parent : List.of(mid, shortTerm)) {
            api.action(mid, "move", Map.of("parentId", parent))
                    .statusCode(400)
                    .body("violations.field", hasItem("parentId"));
        }
        api.action(root, "move", Map.of("parentId", mid))
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        // A MidTermGoal cannot sit below a ShortTermGoal.
        api.action(mid, "move", Map.of("parentId", otherShort))
                .statusCode(400)
                .body("violations.field", hasItem("parentId"))
                .body("violations.message[0]", containsString("below"));
        api.action(shortTerm, "move", Map.of("parentId", otherTree))
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        api.action(shortTerm, "move", Map.of("sortOrder", -3))
                .statusCode(400)
                .body("violations.field", hasItem("sortOrder"));
        assertThat(api.treeIds(root)).containsExactlyInAnyOrder(root, mid, shortTerm, otherShort);
    }

    @Test
    void levelStaysBelowTheParentAndAboveEveryChild() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String mid = api.create("Mid", "MidTermGoal", root);
        api.create("Immediate", "ImmediateGoal", mid);

        api.action(mid, "level", Map.of("level", "ShortTermGoal"))
                .statusCode(200)
                .body("level", equalTo("ShortTermGoal"));
        api.action(mid, "level", Map.of("level", "LongTermGoal"))
                .statusCode(200)
                .body("level", equalTo("LongTermGoal"));
        api.action(mid, "level", Map.of("level", "ImmediateGoal"))
                .statusCode(400)
                .body("violations.field", hasItem("level"));
        api.action(mid, "level", Map.of("level", "UltimateGoal"))
                .statusCode(400)
                .body("violations.field", hasItem("level"));
        api.action(root, "level", Map.of("level", "LongTermGoal"))
                .statusCode(400)
                .body("violations.field", hasItem("level"));
        api.action(mid, "level", Map.of("level", "Huge")).statusCode(400);
        api.get(mid).statusCode(200).body("level", equalTo("LongTermGoal"));
    }

    @Test
    void copyDuplicatesTheSubtreeWithNewIds() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String a = api.create("A", "LongTermGoal", root);
        String b = api.create("B", "LongTermGoal", root);
        String mid = api.create("Mid", "MidTermGoal", a);
        String leaf = api.create("Leaf", "NanoGoal", mid);
        api.action(leaf, "complete", null).statusCode(200);

        String copy =
                api.action(mid, "copy", Map.of("parentId", b))
                        .statusCode(201)
                        .header("Location", containsString("/api/goals/goals/"))
                        .body("parentId", equalTo(b))
                        .body("rootId", equalTo(root))
                        .body("title", equalTo("Mid"))
                        .extract()
                        .path("id");
        List<String> tree = api.treeIds(root);
        assertThat(tree).hasSize(7).startsWith(root, a, mid, leaf, b, copy);
        String leafCopy = tree.get(6);
        assertThat(leafCopy).isNotIn(leaf, mid, copy);
        api.get(leafCopy)
                .statusCode(200)
                .body("parentId", equalTo(copy))
                .body("rootId", equalTo(root))
                .body("title", equalTo("Leaf"))
                .body("completed", equalTo(false));

        // Without a parent: next to the original. A root's copy is a new tree.
        api.action(a, "copy", Map.of()).statusCode(201).body("parentId", equalTo(root));
        String treeCopy =
                api.action(root, "copy", Map.of())
                        .statusCode(201)
                        .body("parentId", nullValue())
                        .extract()
                        .path("id");
        api.get(treeCopy).body("rootId", equalTo(treeCopy));
        assertThat(api.treeIds(treeCopy)).hasSize(api.treeIds(root).size());
    }

    @Test
    void copyRefusesAParentOfTheWrongLevelOrTree() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String mid = api.create("Mid", "MidTermGoal", root);
        String nano = api.create("Nano", "NanoGoal", root);
        String otherTree = api.create("Other", "UltimateGoal", null);
        api.action(mid, "copy", Map.of("parentId", nano))
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        api.action(mid, "copy", Map.of("parentId", otherTree))
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        assertThat(api.treeIds(root)).hasSize(3);
    }

    @Test
    void restoreBringsBackOnlyWhatWasDeletedTogether() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String child = api.create("Child", "LongTermGoal", root);
        String kept = api.create("Restored with child", "MidTermGoal", child);
        String earlier = api.create("Deleted before", "MidTermGoal", child);
        String belowEarlier = api.create("Below deleted before", "ShortTermGoal", earlier);

        api.delete(earlier).statusCode(204);
        api.delete(child).statusCode(204);
        assertThat(api.treeIds(root)).containsExactly(root);
        List<String> trash =
                api.request()
                        .get(GoalsApi.GOALS + "/trash")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id");
        assertThat(trash).containsExactly(child, earlier);

        // A goal deleted with its parent comes back only with it.
        api.action(kept, "restore", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/conflict"));

        api.action(child, "restore", null).statusCode(200).body("id", equalTo(child));
        assertThat(api.treeIds(root)).containsExactly(root, child, kept);
        api.get(earlier).statusCode(404);
        api.get(belowEarlier).statusCode(404);

        api.action(earlier, "restore", null).statusCode(200);
        assertThat(api.treeIds(root))
                .containsExactlyInAnyOrder(root, child, kept, earlier, belowEarlier);
        // Restoring a live goal changes nothing.
        api.action(child, "restore", null).statusCode(200).body("id", equalTo(child));
        api.action(UUID.randomUUID().toString(), "restore", null).statusCode(404);
    }

    @Test
    void trashIsPagedMostRecentFirst() {
        GoalsApi api = GoalsApi.newUser();
        List<String> roots =
                List.of(
                        api.create("One", "UltimateGoal", null),
                        api.create("Two", "UltimateGoal", null),
                        api.create("Three", "UltimateGoal", null));
        roots.forEach(id -> api.delete(id).statusCode(204));
        var first =
                api.request()
                        .queryParam("limit", 2)
                        .get(GoalsApi.GOALS + "/trash")
                        .then()
                        .statusCode(200)
                        .body("items.id", equalTo(List.of(roots.get(2), roots.get(1))))
                        .body("items[0].deletedAt", notNullValue())
                        .extract();
        String cursor = first.path("nextCursor");
        assertThat(cursor).isNotNull();
        api.request()
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(GoalsApi.GOALS + "/trash")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(roots.get(0))))
                .body("nextCursor", nullValue());
        api.request()
                .queryParam("cursor", "not-a-cursor")
                .get(GoalsApi.GOALS + "/trash")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("cursor"));
        api.request().queryParam("limit", 0).get(GoalsApi.GOALS + "/trash").then().statusCode(400);
        GoalsApi.newUser()
                .request()
                .get(GoalsApi.GOALS + "/trash")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void selectionListsActiveShortTermGoalsWithTheirActiveImmediateGoals() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String mid = api.create("Mid", "MidTermGoal", root);
        String shortA = api.create("Short A", "ShortTermGoal", mid);
        String shortDone = api.create("Short done", "ShortTermGoal", mid);
        String shortB = api.create("Short B", "ShortTermGoal", root);
        String immediate = api.create("Immediate", "ImmediateGoal", shortA);
        String immediateDone = api.create("Immediate done", "ImmediateGoal", shortA);
        api.create("Micro", "MicroGoal", shortA);
        api.action(shortDone, "complete", null).statusCode(200);
        api.action(immediateDone, "complete", null).statusCode(200);
        api.action(shortB, "move", Map.of("sortOrder", 5)).statusCode(200);

        api.request()
                .get(GoalsApi.GOALS + "/" + root + "/selection")
                .then()
                .statusCode(200)
                .body("goal.id", equalTo(List.of(shortA, shortB)))
                .body("[0].immediateGoals.id", equalTo(List.of(immediate)))
                .body("[1].immediateGoals.size()", equalTo(0));
        api.request()
                .get(GoalsApi.GOALS + "/" + UUID.randomUUID() + "/selection")
                .then()
                .statusCode(404);
    }

    @Test
    void anotherUsersGoalIsInvisibleToEveryTreeOperation() {
        GoalsApi owner = GoalsApi.newUser();
        GoalsApi intruder = GoalsApi.newUser();
        String root = owner.create("Private", "UltimateGoal", null);
        String child = owner.create("Private child", "LongTermGoal", root);
        String own = intruder.create("Intruder's", "UltimateGoal", null);

        intruder.patch(child, Map.of("title", "Hijacked")).statusCode(404);
        for (String action : List.of("complete", "uncomplete", "restore")) {
            intruder.action(child, action, null).statusCode(404);
        }
        intruder.action(child, "copy", Map.of()).statusCode(404);
        intruder.action(child, "move", Map.of("sortOrder", 1)).statusCode(404);
        intruder.action(child, "level", Map.of("level", "MidTermGoal")).statusCode(404);
        intruder.request().get(GoalsApi.GOALS + "/" + root + "/selection").then().statusCode(404);
        // Someone else's goal as a destination looks like a missing one.
        intruder.action(own, "copy", Map.of("parentId", root))
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        owner.delete(child).statusCode(204);
        intruder.action(child, "restore", null).statusCode(404);
        intruder.request().get(GoalsApi.GOALS + "/trash").then().body("items.size()", equalTo(0));
        owner.get(root).statusCode(200).body("title", equalTo("Private"));
    }

    @Test
    void aMoveRacingTheDeleteOfItsNewParentNeverLeavesAGoalCutOffTheTree() throws Exception {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String parent = api.create("Parent " + round, "LongTermGoal", root);
                String moved = api.create("Moved " + round, "MidTermGoal", root);
                var move =
                        threads.submit(
                                () ->
                                        api.action(moved, "move", Map.of("parentId", parent))
                                                .extract()
                                                .statusCode());
                var delete = threads.submit(() -> api.delete(parent).extract().statusCode());
                assertThat(delete.get()).isEqualTo(204);
                // The move went first (and the goal was deleted with its new parent), or the delete
                // did (and the move found no parent): never a live goal under a deleted one.
                if (move.get() == 200) {
                    api.get(moved).statusCode(404);
                } else {
                    assertThat(move.get()).isEqualTo(400);
                    assertThat(api.treeIds(root)).contains(moved);
                }
            }
        } finally {
            threads.shutdown();
        }
    }
}
