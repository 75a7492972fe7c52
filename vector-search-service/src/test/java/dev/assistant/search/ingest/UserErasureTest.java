package dev.assistant.search.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.FileUploaded;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.events.chat.ChatEvents.MessagePosted;
import dev.assistant.events.chat.ChatEvents.UserDeleted;
import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.GoalState;
import dev.assistant.events.goals.GoalsEvents.NoteDeleted;
import dev.assistant.events.goals.GoalsEvents.NoteSaved;
import dev.assistant.kit.testing.TestEventProducer;
import dev.assistant.kit.testing.TestTokens;
import dev.assistant.search.support.OwnerSearch;
import dev.assistant.search.support.SearchRows;
import dev.assistant.search.support.Words;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** user.deleted through the real Kafka: every document and chunk of that user goes, once. */
@QuarkusTest
class UserErasureTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);

    @Inject Pool pool;

    private TestEventProducer events;
    private TestEventProducer goals;

    @BeforeEach
    void connect() {
        events = TestEventProducer.forIncomingChannel("chat-events");
        goals = TestEventProducer.forIncomingChannel("goals-events");
    }

    @AfterEach
    void close() {
        events.close();
        goals.close();
    }

    /**
     * Everything the user wrote is erased, whichever topic it came from: memories, messages, files,
     * goals and notes; and the user's remembered deletions with them.
     */
    @Test
    void erasureRemovesMessagesFilesGoalsAndNotes() {
        String erased = "erased-" + UUID.randomUUID();
        String word = Words.unique();
        UUID conversation = UUID.randomUUID();
        Instant now = Instant.now();
        events.send(ChatEvents.MEMORY_SAVED, memory(erased, "Memory", word + " remembered"));
        events.send(
                ChatEvents.MESSAGE_POSTED,
                new MessagePosted(
                        UUID.randomUUID(),
                        conversation,
                        erased,
                        1,
                        "user",
                        word + " said",
                        null,
                        now));
        events.send(
                ChatEvents.FILE_UPLOADED,
                new FileUploaded(
                        UUID.randomUUID(),
                        erased,
                        "a.txt",
                        "text/plain",
                        10,
                        "ef".repeat(32),
                        conversation,
                        Map.of(),
                        word + " filed"));
        goals.send(
                GoalsEvents.GOAL_CREATED,
                new GoalState(
                        UUID.randomUUID(),
                        erased,
                        UUID.randomUUID(),
                        null,
                        "UltimateGoal",
                        word + " aimed",
                        null,
                        null,
                        null,
                        now));
        goals.send(
                GoalsEvents.NOTE_SAVED,
                new NoteSaved(
                        UUID.randomUUID(),
                        erased,
                        UUID.randomUUID(),
                        "session",
                        UUID.randomUUID(),
                        null,
                        null,
                        null,
                        word + " noted",
                        now,
                        now));
        goals.send(GoalsEvents.NOTE_DELETED, new NoteDeleted(UUID.randomUUID(), erased));
        OwnerSearch search = new OwnerSearch(erased);
        await().atMost(APPLIED_WITHIN).until(() -> search.keyword(word).size() == 5);
        assertThat(search.keyword(word))
                .extracting(hit -> hit.get("source"))
                .containsExactlyInAnyOrder(
                        "chat.memory", "chat.message", "chat.file", "goals.goal", "goals.note");
        await().atMost(APPLIED_WITHIN).until(() -> tombstones(erased) == 1);

        events.send(ChatEvents.USER_DELETED, new UserDeleted(erased));

        await().atMost(APPLIED_WITHIN).until(() -> documents(erased) == 0);
        assertThat(chunks(erased)).isZero();
        assertThat(tombstones(erased)).isZero();
        assertThat(search.keyword(word)).isEmpty();
    }

    /** A goal written before the erasure, delivered after it on the goals topic, stays erased. */
    @Test
    void aGoalOlderThanTheErasureArrivingLateOnTheGoalsTopicStaysErased() {
        String erased = "late-goal-" + UUID.randomUUID();
        events.send(ChatEvents.USER_DELETED, new UserDeleted(erased));
        await().atMost(APPLIED_WITHIN)
                .until(
                        () ->
                                count(
                                                "SELECT count(*) FROM erased_owners WHERE owner_id = $1",
                                                erased)
                                        == 1);
        UUID late =
                goals.sendAt(
                        OffsetDateTime.now().minusMinutes(1),
                        GoalsEvents.GOAL_CREATED,
                        new GoalState(
                                UUID.randomUUID(),
                                erased,
                                UUID.randomUUID(),
                                null,
                                "UltimateGoal",
                                "Written before erasing",
                                null,
                                null,
                                null,
                                Instant.now()));
        await().atMost(APPLIED_WITHIN).until(() -> processed(late) == 1);
        assertThat(documents(erased)).isZero();
    }

    @Test
    void erasedUserLosesEveryDocumentAndOthersKeepTheirs() {
        String erased = "erased-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        events.send(
                ChatEvents.MEMORY_SAVED,
                memory(erased, "Espresso", "Grind 18 grams of coffee fine, extract 28 seconds."));
        events.send(
                ChatEvents.MEMORY_SAVED,
                memory(erased, "Plants", "Water the fern every Sunday morning."));
        events.send(
                ChatEvents.MEMORY_SAVED,
                memory(other, "Coffee", "Use a coarse grind for the French press."));
        await().atMost(APPLIED_WITHIN).until(() -> documents(erased) == 2 && documents(other) == 1);
        assertThat(chunks(erased)).isPositive();

        UUID eventId = UUID.randomUUID();
        events.send(eventId, ChatEvents.USER_DELETED, new UserDeleted(erased));
        await().atMost(APPLIED_WITHIN).until(() -> documents(erased) == 0);

        assertThat(chunks(erased)).isZero();
        assertThat(new SearchRows(pool).postings(erased)).isZero();
        assertThat(documents(other)).isEqualTo(1);
        assertThat(chunks(other)).isPositive();
        assertThat(new SearchRows(pool).postingsOutOfStep(other)).isZero();
        given().header("Authorization", TestTokens.bearer(erased))
                .queryParam("q", "coffee")
                .queryParam("minScore", -1)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits.size()", equalTo(0));
        given().header("Authorization", TestTokens.bearer(other))
                .queryParam("q", "coffee")
                .queryParam("minScore", -1)
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits[0].title", equalTo("Coffee"));
    }

    /**
     * A memory saved before the erasure but delivered after it (another partition) stays erased; a
     * memory the user saves after erasing (a new account under the same id) is indexed.
     */
    @Test
    void aChangeOlderThanTheErasureArrivingLateStaysErased() {
        String erased = "late-" + UUID.randomUUID();
        OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);
        events.send(ChatEvents.USER_DELETED, new UserDeleted(erased));
        UUID late =
                events.sendAt(
                        before,
                        ChatEvents.MEMORY_SAVED,
                        memory(erased, "Old", "Saved before erasing."));
        await().atMost(APPLIED_WITHIN).until(() -> processed(late) == 1);
        assertThat(documents(erased)).isZero();

        events.send(ChatEvents.MEMORY_SAVED, memory(erased, "New", "Saved by the new account."));
        await().atMost(APPLIED_WITHIN).until(() -> documents(erased) == 1);
    }

    @Test
    void redeliveredErasureIsAppliedOnce() {
        String erased = "erased-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        events.send(ChatEvents.MEMORY_SAVED, memory(erased, "Bike", "Tyres at 4 bar."));
        events.send(ChatEvents.MEMORY_SAVED, memory(erased, "Car", "Tyres at 2.4 bar."));
        events.send(ChatEvents.MEMORY_SAVED, memory(other, "Boat", "Check the hull in spring."));
        await().atMost(APPLIED_WITHIN).until(() -> documents(erased) == 2 && documents(other) == 1);

        UUID eventId = UUID.randomUUID();
        UserDeleted deleted = new UserDeleted(erased);
        events.send(eventId, ChatEvents.USER_DELETED, deleted);
        await().atMost(APPLIED_WITHIN).until(() -> documents(erased) == 0 && chunks(erased) == 0);

        events.send(eventId, ChatEvents.USER_DELETED, deleted);
        // A later event with the same key (the user id) proves the copy before it was consumed.
        UUID marker = events.send(ChatEvents.USER_DELETED, deleted);
        await().atMost(APPLIED_WITHIN).until(() -> processed(marker) == 1);

        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(documents(erased)).isZero();
        assertThat(chunks(erased)).isZero();
        assertThat(new SearchRows(pool).postings(erased)).isZero();
        assertThat(documents(other)).isEqualTo(1);
        assertThat(chunks(other)).isPositive();
        assertThat(new SearchRows(pool).postingsOutOfStep(other)).isZero();
    }

    private long documents(String owner) {
        return count("SELECT count(*) FROM documents WHERE owner_id = $1", owner);
    }

    private long chunks(String owner) {
        return count("SELECT count(*) FROM chunks WHERE owner_id = $1", owner);
    }

    private long tombstones(String owner) {
        return count("SELECT count(*) FROM source_tombstones WHERE owner_id = $1", owner);
    }

    private long processed(UUID eventId) {
        return count("SELECT count(*) FROM processed_events WHERE event_id = $1", eventId);
    }

    private long count(String sql, Object parameter) {
        return new SearchRows(pool).count(sql, parameter);
    }

    private static MemorySaved memory(String owner, String title, String content) {
        Instant now = Instant.now();
        return new MemorySaved(UUID.randomUUID(), owner, title, content, 5, List.of(), now, now);
    }
}
