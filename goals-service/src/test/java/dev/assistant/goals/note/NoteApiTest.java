package dev.assistant.goals.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistant.goals.support.PracticeApi;
import dev.assistant.kit.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class NoteApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.outgoing.outbox.topic")
    String topic;

    @Test
    void notesAttachToSessionsInstancesSetsAndActivitiesAndListByEach() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Violin");
        String activity = user.activity(root, "Kreutzer étude No. 2", "Tempo");
        String session = user.session(root, "Morning");
        String instance =
                user.create("/sessions/" + session + "/activities", Map.of("activityId", activity));

        user.post("/notes", Map.of("sessionId", session, "content", "  Tired, short session  "))
                .statusCode(201)
                .body("contextType", equalTo("session"))
                .body("content", equalTo("Tired, short session"))
                .body("rootId", equalTo(root));
        user.post("/notes", Map.of("activityInstanceId", instance, "content", "Bow distribution"))
                .statusCode(201)
                .body("contextType", equalTo("activity_instance"))
                .body("sessionId", equalTo(session))
                .body("activityDefinitionId", equalTo(activity));
        user.post(
                        "/notes",
                        Map.of(
                                "activityInstanceId",
                                instance,
                                "setIndex",
                                2,
                                "content",
                                "Set 3: 繰り返し"))
                .statusCode(201)
                .body("contextType", equalTo("set"))
                .body("setIndex", equalTo(2));
        user.post("/notes", Map.of("activityDefinitionId", activity, "content", "x".repeat(20_000)))
                .statusCode(201)
                .body("contextType", equalTo("activity_definition"))
                .body("sessionId", nullValue());

        assertThat(
                        user.get("/notes?sessionId=" + session)
                                .extract()
                                .<List<String>>path("items.contextType"))
                .containsExactly("set", "activity_instance", "session");
        assertThat(
                        user.get("/notes?activityInstanceId=" + instance)
                                .extract()
                                .<List<Object>>path("items"))
                .hasSize(2);
        assertThat(
                        user.get("/notes?activityDefinitionId=" + activity)
                                .extract()
                                .<List<Object>>path("items"))
                .hasSize(3);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var page =
                    user.get("/notes?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                            .extract();
            paged.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(paged).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void validationNamesTheField() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Root");
        String session = user.session(root, "S");
        String activity = user.activity(root, "A", "m");
        user.post("/notes", Map.of("content", "About nothing"))
                .statusCode(400)
                .body("violations.field", hasItem("sessionId"));
        user.post(
                        "/notes",
                        Map.of(
                                "sessionId",
                                session,
                                "activityDefinitionId",
                                activity,
                                "content",
                                "Two"))
                .statusCode(400)
                .body("violations.field", hasItem("activityDefinitionId"));
        user.post("/notes", Map.of("sessionId", session, "setIndex", 1, "content", "Set of what"))
                .statusCode(400)
                .body("violations.field", hasItem("setIndex"));
        user.post("/notes", Map.of("sessionId", session, "content", "   "))
                .statusCode(400)
                .body("violations.field", hasItem("content"));
        user.post("/notes", Map.of("sessionId", UUID.randomUUID(), "content", "Lost"))
                .statusCode(400)
                .body("violations.field", hasItem("sessionId"));
        user.post("/notes", Map.of("activityInstanceId", UUID.randomUUID(), "content", "Lost"))
                .statusCode(400)
                .body("violations.field", hasItem("activityInstanceId"));
        String note = user.create("/notes", Map.of("sessionId", session, "content", "Fine"));
        user.patch("/notes/" + note, Map.of("content", ""))
                .statusCode(400)
                .body("violations.field", hasItem("content"));
        user.get("/notes?cursor=%%%").statusCode(400);
    }

    @Test
    void savingEditingAndDeletingPublishTheirEvents() throws Exception {
        long since = System.currentTimeMillis();
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Cello");
        String session = user.session(root, "Evening");
        String note =
                user.create(
                        "/notes", Map.of("sessionId", session, "content", "Thumb position shaky"));
        user.patch("/notes/" + note, Map.of("content", "Thumb position better"))
                .statusCode(200)
                .body("content", equalTo("Thumb position better"));
        user.delete("/notes/" + note).statusCode(204);
        user.get("/notes/" + note).statusCode(404);
        user.delete("/notes/" + note).statusCode(404);
        user.get("/notes?sessionId=" + session).statusCode(200).body("items.size()", equalTo(0));

        List<ConsumerRecord<String, String>> records =
                new TopicReader(bootstrap, topic).published(r -> note.equals(r.key()), 3, since);
        assertThat(records)
                .extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly(
                        "dev.assistant.goals.note.saved.v1",
                        "dev.assistant.goals.note.saved.v1",
                        "dev.assistant.goals.note.deleted.v1");
        JsonNode edited = JSON.readTree(records.get(1).value());
        assertThat(edited.path("content").asText()).isEqualTo("Thumb position better");
        assertThat(edited.path("contextType").asText()).isEqualTo("session");
        assertThat(edited.path("sessionId").asText()).isEqualTo(session);
        assertThat(edited.path("rootId").asText()).isEqualTo(root);
        assertThat(JSON.readTree(records.get(2).value()).path("ownerId").asText())
                .isEqualTo(user.id());
    }

    @Test
    void previousNotesAreEarlierSessionsNotesAboutTheSameActivities() {
        PracticeApi user = PracticeApi.newUser();
        String root = user.root("Running");
        String intervals = user.activity(root, "Intervals", "Pace");
        String hills = user.activity(root, "Hills", "Reps");
        String monday = sessionAt(user, root, "Monday", "2026-03-02T07:00:00Z");
        String wednesday = sessionAt(user, root, "Wednesday", "2026-03-04T07:00:00Z");
        String friday = sessionAt(user, root, "Friday", "2026-03-06T07:00:00Z");
        String mondayIntervals = instance(user, monday, intervals);
        String mondayHills = instance(user, monday, hills);
        String wednesdayIntervals = instance(user, wednesday, intervals);
        String fridayIntervals = instance(user, friday, intervals);
        user.create(
                "/notes",
                Map.of("activityInstanceId", mondayIntervals, "content", "Went out too fast"));
        user.create(
                "/notes", Map.of("activityInstanceId", mondayHills, "content", "Hills felt fine"));
        user.create(
                "/notes",
                Map.of("activityInstanceId", wednesdayIntervals, "content", "Today's own note"));
        user.create(
                "/notes",
                Map.of("activityInstanceId", fridayIntervals, "content", "Later session"));
        user.create("/notes", Map.of("sessionId", monday, "content", "Session-level, no activity"));

        List<String> previous =
                user.get("/sessions/" + wednesday + "/previous-notes")
                        .statusCode(200)
                        .extract()
                        .path("content");
        assertThat(previous).containsExactly("Went out too fast");
        PracticeApi.newUser().get("/sessions/" + wednesday + "/previous-notes").statusCode(404);
    }

    @Test
    void anotherUsersNoteAnswers404() {
        PracticeApi owner = PracticeApi.newUser();
        PracticeApi intruder = PracticeApi.newUser();
        String root = owner.root("Private");
        String session = owner.session(root, "S");
        String note =
                owner.create("/notes", Map.of("sessionId", session, "content", "Private thought"));

        intruder.get("/notes/" + note).statusCode(404).contentType("application/problem+json");
        intruder.patch("/notes/" + note, Map.of("content", "Mine")).statusCode(404);
        intruder.delete("/notes/" + note).statusCode(404);
        intruder.get("/notes?sessionId=" + session)
                .statusCode(200)
                .body("items.size()", equalTo(0));
        intruder.post("/notes", Map.of("sessionId", session, "content", "Into theirs"))
                .statusCode(400)
                .body("violations.field", hasItem("sessionId"));
        owner.get("/notes/" + note).statusCode(200).body("content", equalTo("Private thought"));
    }

    private static String sessionAt(PracticeApi user, String root, String name, String start) {
        return user.create(
                "/sessions", Map.of("rootId", root, "name", name, "sessionStart", start));
    }

    private static String instance(PracticeApi user, String session, String activity) {
        return user.create("/sessions/" + session + "/activities", Map.of("activityId", activity));
    }
}
