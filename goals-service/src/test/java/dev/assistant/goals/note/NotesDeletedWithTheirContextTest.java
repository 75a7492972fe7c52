package dev.assistant.goals.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.assistant.events.EventJson;
import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.NoteSaved;
import dev.assistant.goals.support.OutboxRows;
import dev.assistant.goals.support.PracticeApi;
import dev.assistant.kit.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static dev.assistant.kit.testing.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Notes go with the session, activity instance, activity or tree they are about: deleting one
 * soft-deletes its notes in the same transaction (one note.deleted each, in the outbox), so no
 * notes listing shows them; restoring a deleted root brings back the notes deleted with it (one
 * note.saved each). Nobody else's notes are touched.
 */
@QuarkusTest
class NotesDeletedWithTheirContextTest {

    private static final String DELETED = GoalsEvents.NOTE_DELETED.name();
    private static final String SAVED = GoalsEvents.NOTE_SAVED.name();

    @Inject Pool pool;

    @Test
    void deletingASessionDeletesItsNotesFromEveryListingAndAnnouncesEach() {
        Practice mine = Practice.of(PracticeApi.newUser());
        Practice theirs = Practice.of(PracticeApi.newUser());
        assertThat(mine.sessionNotes(mine.monday))
                .containsExactly(mine.mondaySet, mine.mondayInstance, mine.mondaySession);
        assertThat(mine.previousNotes(mine.wednesday))
                .containsExactly(mine.mondaySet, mine.mondayInstance);
        assertThat(mine.historyNotes()).contains(mine.mondayInstance, mine.mondaySet);
        int before = outbox(mine.user.id()).size();
        int theirsBefore = outbox(theirs.user.id()).size();

        mine.user.delete("/sessions/" + mine.monday).statusCode(204);

        assertThat(mine.sessionNotes(mine.monday)).isEmpty();
        assertThat(mine.instanceNotes(mine.mondayInstanceId)).isEmpty();
        assertThat(mine.previousNotes(mine.wednesday)).isEmpty();
        assertThat(mine.historyNotes()).containsExactly(mine.wednesdayInstance);
        assertThat(mine.activityNotes()).containsExactly(mine.definition, mine.wednesdayInstance);
        assertThat(mine.allNotes())
                .containsExactly(mine.definition, mine.wednesdayInstance, mine.wednesdaySession);
        for (String note : List.of(mine.mondaySession, mine.mondayInstance, mine.mondaySet)) {
            mine.user.get("/notes/" + note).statusCode(404);
        }
        assertThat(
                        sql(
                                "SELECT count(*) FROM notes n JOIN sessions s ON s.id = n.session_id"
                                        + " WHERE n.owner_id = $1 AND s.id = $2 AND n.deleted_at = s.deleted_at",
                                mine.user.id(),
                                UUID.fromString(mine.monday)))
                .as("the notes carry the session's deleted_at")
                .isEqualTo(3L);

        List<Row> events = since(mine, before);
        assertThat(events)
                .extracting(r -> r.getString("event_type") + " " + r.getString("aggregate_id"))
                .containsExactly(
                        DELETED + " " + mine.mondaySession,
                        DELETED + " " + mine.mondayInstance,
                        DELETED + " " + mine.mondaySet);
        assertThat(events)
                .allSatisfy(
                        r ->
                                assertThat(r.getJsonObject("payload").getString("ownerId"))
                                        .isEqualTo(mine.user.id()));

        mine.user.delete("/sessions/" + mine.monday).statusCode(404);
        assertThat(since(mine, before)).as("a second delete announces nothing").hasSize(3);
        untouched(theirs, theirsBefore);
    }

    @Test
    void deletingAnInstanceDeletesItsNotesAndTheirSetsOnly() {
        Practice mine = Practice.of(PracticeApi.newUser());
        Practice theirs = Practice.of(PracticeApi.newUser());
        String secondInstanceId = mine.instance(mine.monday);
        String secondInstance =
                mine.user.create(
                        "/notes",
                        Map.of("activityInstanceId", secondInstanceId, "content", "Second go"));
        int before = outbox(mine.user.id()).size();
        int theirsBefore = outbox(theirs.user.id()).size();

        mine.user.delete("/activity-instances/" + mine.mondayInstanceId).statusCode(204);

        assertThat(mine.instanceNotes(mine.mondayInstanceId)).isEmpty();
        assertThat(mine.sessionNotes(mine.monday))
                .containsExactly(secondInstance, mine.mondaySession);
        assertThat(mine.previousNotes(mine.wednesday)).containsExactly(secondInstance);
        assertThat(mine.historyNotes()).containsExactly(secondInstance, mine.wednesdayInstance);
        assertThat(mine.activityNotes())
                .containsExactly(secondInstance, mine.definition, mine.wednesdayInstance);
        mine.user.get("/notes/" + mine.mondayInstance).statusCode(404);
        mine.user.get("/notes/" + mine.mondaySet).statusCode(404);
        assertThat(
                        sql(
                                "SELECT count(*) FROM notes n JOIN activity_instances i"
                                        + " ON i.id = n.activity_instance_id WHERE n.owner_id = $1"
                                        + " AND i.id = $2 AND n.deleted_at = i.deleted_at",
                                mine.user.id(),
                                UUID.fromString(mine.mondayInstanceId)))
                .as("the notes carry the instance's deleted_at")
                .isEqualTo(2L);

        assertThat(since(mine, before))
                .extracting(r -> r.getString("event_type") + " " + r.getString("aggregate_id"))
                .containsExactly(
                        DELETED + " " + mine.mondayInstance, DELETED + " " + mine.mondaySet);
        untouched(theirs, theirsBefore);
    }

    @Test
    void deletingAnActivityDeletesTheNotesAboutItButNotThoseAboutItsInstances() {
        Practice mine = Practice.of(PracticeApi.newUser());
        Practice theirs = Practice.of(PracticeApi.newUser());
        int before = outbox(mine.user.id()).size();
        int theirsBefore = outbox(theirs.user.id()).size();

        mine.user.delete("/activities/" + mine.activity).statusCode(204);

        mine.user.get("/notes/" + mine.definition).statusCode(404);
        assertThat(mine.allNotes())
                .containsExactly(
                        mine.wednesdayInstance,
                        mine.wednesdaySession,
                        mine.mondaySet,
                        mine.mondayInstance,
                        mine.mondaySession);
        assertThat(mine.sessionNotes(mine.monday))
                .containsExactly(mine.mondaySet, mine.mondayInstance, mine.mondaySession);
        assertThat(
                        sql(
                                "SELECT count(*) FROM notes n JOIN activity_definitions a"
                                        + " ON a.id = n.activity_definition_id WHERE n.owner_id = $1"
                                        + " AND a.id = $2 AND n.deleted_at = a.deleted_at",
                                mine.user.id(),
                                UUID.fromString(mine.activity)))
                .as("only the note about the activity, with the activity's deleted_at")
                .isEqualTo(1L);
        assertThat(since(mine, before))
                .extracting(r -> r.getString("event_type") + " " + r.getString("aggregate_id"))
                .containsExactly(DELETED + " " + mine.definition);
        mine.user.delete("/activities/" + mine.activity).statusCode(404);
        assertThat(since(mine, before)).as("a second delete announces nothing").hasSize(1);
        theirs.user.get("/notes/" + theirs.definition).statusCode(200);
        untouched(theirs, theirsBefore);
    }

    /**
     * A note posted while its session's deletion is under way (the session row updated, not yet
     * committed): its check saw the session live, so the insert waits on the session's row and,
     * once the deletion commits, writes nothing and answers 400 — no live note of a deleted
     * session.
     */
    @Test
    void aNoteCreatedWhileItsSessionIsBeingDeletedIsRefusedAndNothingIsWritten() throws Exception {
        Practice mine = Practice.of(PracticeApi.newUser());
        UUID session = UUID.fromString(mine.wednesday);
        SqlConnection deleting = pool.getConnection().await().indefinitely();
        try {
            Transaction tx = deleting.begin().await().indefinitely();
            deleting.preparedQuery("UPDATE sessions SET deleted_at = now() WHERE id = $1")
                    .execute(Tuple.of(session))
                    .await()
                    .indefinitely();
            CompletableFuture<ValidatableResponse> posted =
                    CompletableFuture.supplyAsync(
                            () ->
                                    mine.user.post(
                                            "/notes",
                                            Map.of(
                                                    "sessionId",
                                                    mine.wednesday,
                                                    "content",
                                                    "Late")));
            Thread.sleep(1_000);
            assertThat(posted).as("the insert waits for the deletion").isNotDone();
            tx.commit().await().indefinitely();

            posted.get(30, TimeUnit.SECONDS)
                    .statusCode(400)
                    .body("violations[0].field", equalTo("sessionId"));
        } finally {
            deleting.close().await().indefinitely();
        }
        assertThat(
                        sql(
                                "SELECT count(*) FROM notes WHERE owner_id = $1 AND session_id = $2"
                                        + " AND deleted_at IS NULL AND content = 'Late'",
                                mine.user.id(),
                                session))
                .isEqualTo(0L);
    }

    @Test
    void deletingARootDeletesItsTreesNotesAndRestoringItBringsBackThoseDeletedWithIt() {
        long startedAt = System.currentTimeMillis() - 2_000;
        Practice mine = Practice.of(PracticeApi.newUser());
        Practice theirs = Practice.of(PracticeApi.newUser());
        // Deleted before the root, each with its own deletion: the restore leaves them deleted.
        String earlierNote =
                mine.user.create("/notes", Map.of("sessionId", mine.monday, "content", "Typo"));
        mine.user.delete("/notes/" + earlierNote).statusCode(204);
        String friday = mine.session("Friday", "2026-03-06T07:00:00Z");
        String fridayNote =
                mine.user.create("/notes", Map.of("sessionId", friday, "content", "Cut short"));
        mine.user.delete("/sessions/" + friday).statusCode(204);
        // A subtree is not the tree: its deletion leaves the notes alone.
        String branch = mine.user.goal(mine.root, "Branch", "LongTermGoal");
        int beforeBranch = outbox(mine.user.id()).size();
        mine.user.delete("/goals/" + branch).statusCode(204);
        assertThat(since(mine, beforeBranch))
                .extracting(r -> r.getString("event_type"))
                .containsExactly(GoalsEvents.GOAL_DELETED.name());
        List<String> treeNotes =
                List.of(
                        mine.mondaySession,
                        mine.mondayInstance,
                        mine.mondaySet,
                        mine.wednesdaySession,
                        mine.wednesdayInstance);
        int before = outbox(mine.user.id()).size();
        int theirsBefore = outbox(theirs.user.id()).size();

        mine.user.delete("/goals/" + mine.root).statusCode(204);

        assertThat(mine.sessionNotes(mine.monday)).isEmpty();
        assertThat(mine.sessionNotes(mine.wednesday)).isEmpty();
        assertThat(mine.previousNotes(mine.wednesday)).isEmpty();
        assertThat(mine.historyNotes()).isEmpty();
        assertThat(mine.allNotes())
                .as("a note about an activity stays with the activity")
                .containsExactly(mine.definition);
        treeNotes.forEach(note -> mine.user.get("/notes/" + note).statusCode(404));
        assertThat(
                        sql(
                                "SELECT count(*) FROM notes n JOIN goals g ON g.id = n.root_id"
                                        + " WHERE n.owner_id = $1 AND g.id = $2 AND n.deleted_at = g.deleted_at",
                                mine.user.id(),
                                UUID.fromString(mine.root)))
                .as("the notes carry the root's deleted_at")
                .isEqualTo(5L);
        List<Row> deletion = since(mine, before);
        assertThat(deletion)
                .extracting(r -> r.getString("event_type") + " " + r.getString("aggregate_id"))
                .containsExactly(
                        GoalsEvents.GOAL_DELETED.name() + " " + mine.root,
                        DELETED + " " + mine.mondaySession,
                        DELETED + " " + mine.mondayInstance,
                        DELETED + " " + mine.mondaySet,
                        DELETED + " " + mine.wednesdaySession,
                        DELETED + " " + mine.wednesdayInstance);
        untouched(theirs, theirsBefore);
        int beforeRestore = before + deletion.size();

        mine.user.post("/goals/" + mine.root + "/restore", "").statusCode(200);

        assertThat(mine.sessionNotes(mine.monday))
                .containsExactly(mine.mondaySet, mine.mondayInstance, mine.mondaySession);
        assertThat(mine.previousNotes(mine.wednesday))
                .containsExactly(mine.mondaySet, mine.mondayInstance);
        assertThat(mine.historyNotes())
                .containsExactly(mine.wednesdayInstance, mine.mondayInstance, mine.mondaySet);
        assertThat(mine.allNotes())
                .containsExactly(
                        mine.definition,
                        mine.wednesdayInstance,
                        mine.wednesdaySession,
                        mine.mondaySet,
                        mine.mondayInstance,
                        mine.mondaySession);
        mine.user.get("/notes/" + earlierNote).statusCode(404);
        mine.user.get("/notes/" + fridayNote).statusCode(404);
        mine.user.get("/goals/" + branch).statusCode(404);
        List<Row> restore = since(mine, beforeRestore);
        assertThat(restore)
                .extracting(r -> r.getString("event_type") + " " + r.getString("aggregate_id"))
                .containsExactly(
                        GoalsEvents.GOAL_RESTORED.name() + " " + mine.root,
                        SAVED + " " + mine.mondaySession,
                        SAVED + " " + mine.mondayInstance,
                        SAVED + " " + mine.mondaySet,
                        SAVED + " " + mine.wednesdaySession,
                        SAVED + " " + mine.wednesdayInstance);
        NoteSaved set =
                EventJson.readStrict(
                        GoalsEvents.NOTE_SAVED, restore.get(3).getJsonObject("payload").encode());
        assertThat(set.content()).isEqualTo("Third set: bow too fast");
        assertThat(set.setIndex()).isEqualTo(2);
        assertThat(set.activityInstanceId().toString()).isEqualTo(mine.mondayInstanceId);
        assertThat(set.rootId().toString()).isEqualTo(mine.root);
        untouched(theirs, theirsBefore);

        // Published in that order per note: created, deleted with the tree, back with it.
        List<ConsumerRecord<String, String>> published =
                TopicReader.forOutgoingChannel("outbox")
                        .published(r -> mine.mondaySet.equals(r.key()), 3, startedAt);
        assertThat(published)
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(SAVED, DELETED, SAVED);
    }

    @Test
    void aSessionDeletedWhileItsTreeIsInTheTrashKeepsItsNotesDeletedOnRestore() {
        Practice mine = Practice.of(PracticeApi.newUser());
        mine.user.delete("/goals/" + mine.root).statusCode(204);
        int before = outbox(mine.user.id()).size();

        mine.user.delete("/sessions/" + mine.monday).statusCode(204);
        assertThat(since(mine, before))
                .as("its notes were already deleted, with the tree")
                .isEmpty();
        mine.user.post("/goals/" + mine.root + "/restore", "").statusCode(200);

        assertThat(mine.allNotes())
                .containsExactly(mine.definition, mine.wednesdayInstance, mine.wednesdaySession);
        assertThat(since(mine, before))
                .extracting(r -> r.getString("event_type") + " " + r.getString("aggregate_id"))
                .containsExactly(
                        GoalsEvents.GOAL_RESTORED.name() + " " + mine.root,
                        SAVED + " " + mine.wednesdaySession,
                        SAVED + " " + mine.wednesdayInstance);
    }

    /**
     * One user's tree: an activity, Monday's and Wednesday's sessions with an instance of it each,
     * and notes on Monday's session, its instance and one of its sets, Wednesday's session and
     * instance, and the activity (created in that order).
     */
    private static final class Practice {

        final PracticeApi user;
        final String root;
        final String activity;
        final String monday;
        final String wednesday;
        final String mondayInstanceId;
        final String wednesdayInstanceId;
        final String mondaySession;
        final String mondayInstance;
        final String mondaySet;
        final String wednesdaySession;
        final String wednesdayInstance;
        final String definition;

        private Practice(PracticeApi user) {
            this.user = user;
            root = user.root("Violin");
            activity = user.activity(root, "Kreutzer No. 2", "Tempo");
            monday = session("Monday", "2026-03-02T07:00:00Z");
            wednesday = session("Wednesday", "2026-03-04T07:00:00Z");
            mondayInstanceId = instance(monday);
            wednesdayInstanceId = instance(wednesday);
            mondaySession = note(Map.of("sessionId", monday, "content", "Tired"));
            mondayInstance =
                    note(Map.of("activityInstanceId", mondayInstanceId, "content", "Rushed"));
            mondaySet =
                    note(
                            Map.of(
                                    "activityInstanceId",
                                    mondayInstanceId,
                                    "setIndex",
                                    2,
                                    "content",
                                    "Third set: bow too fast"));
            wednesdaySession = note(Map.of("sessionId", wednesday, "content", "Fresh"));
            wednesdayInstance =
                    note(Map.of("activityInstanceId", wednesdayInstanceId, "content", "Even"));
            definition = note(Map.of("activityDefinitionId", activity, "content", "Use less bow"));
        }

        static Practice of(PracticeApi user) {
            return new Practice(user);
        }

        String session(String name, String start) {
            return user.create(
                    "/sessions", Map.of("rootId", root, "name", name, "sessionStart", start));
        }

        String instance(String session) {
            return user.create(
                    "/sessions/" + session + "/activities", Map.of("activityId", activity));
        }

        private String note(Map<String, Object> body) {
            return user.create("/notes", body);
        }

        List<String> sessionNotes(String session) {
            return ids("/notes?sessionId=" + session);
        }

        List<String> instanceNotes(String instance) {
            return ids("/notes?activityInstanceId=" + instance);
        }

        List<String> activityNotes() {
            return ids("/notes?activityDefinitionId=" + activity);
        }

        List<String> allNotes() {
            return ids("/notes?limit=100");
        }

        List<String> previousNotes(String session) {
            return user.get("/sessions/" + session + "/previous-notes")
                    .statusCode(200)
                    .extract()
                    .path("id");
        }

        /** The notes of the activity's history, newest instance first, each's in its order. */
        List<String> historyNotes() {
            List<List<String>> perInstance =
                    user.get("/activities/" + activity + "/history")
                            .statusCode(200)
                            .extract()
                            .path("notes.id");
            List<String> all = new ArrayList<>();
            perInstance.forEach(all::addAll);
            return all;
        }

        private List<String> ids(String path) {
            return user.get(path).statusCode(200).extract().path("items.id");
        }
    }

    /** Every one of their notes still listed, and nothing announced after their first rows. */
    private void untouched(Practice theirs, int outboxSize) {
        assertThat(theirs.allNotes())
                .containsExactly(
                        theirs.definition,
                        theirs.wednesdayInstance,
                        theirs.wednesdaySession,
                        theirs.mondaySet,
                        theirs.mondayInstance,
                        theirs.mondaySession);
        assertThat(outbox(theirs.user.id())).hasSize(outboxSize);
    }

    /** The user's outbox rows after the first {@code skipped}, in the outbox's order. */
    private List<Row> since(Practice practice, int skipped) {
        List<Row> rows = outbox(practice.user.id());
        return rows.subList(skipped, rows.size());
    }

    private List<Row> outbox(String ownerId) {
        return OutboxRows.of(pool, ownerId);
    }

    private Object sql(String statement, Object... params) {
        return pool.preparedQuery(statement)
                .execute(Tuple.from(List.of(params)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getValue(0);
    }
}
