package dev.assistant.search.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.ConversationDeleted;
import dev.assistant.events.chat.ChatEvents.MessageDeleted;
import dev.assistant.events.chat.ChatEvents.MessageEdited;
import dev.assistant.events.chat.ChatEvents.MessagePosted;
import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.GoalDeleted;
import dev.assistant.events.goals.GoalsEvents.GoalState;
import dev.assistant.events.goals.GoalsEvents.NoteDeleted;
import dev.assistant.kit.testing.TestEventProducer;
import dev.assistant.search.document.TombstonePurge;
import dev.assistant.search.support.OwnerSearch;
import dev.assistant.search.support.SearchRows;
import dev.assistant.search.support.Words;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events that arrive late (after a newer change to the same source, or after its deletion) neither
 * regress nor resurrect a document. Each event here carries the time it happened (ce_time), sent in
 * an order other than that.
 */
@QuarkusTest
class OutOfOrderEventsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject Pool pool;

    @Inject TombstonePurge purge;

    private TestEventProducer chat;
    private TestEventProducer goals;
    private SearchRows rows;
    private String owner;
    private OwnerSearch search;
    private OffsetDateTime t0;

    @BeforeEach
    void connect() {
        chat = TestEventProducer.forIncomingChannel("chat-events");
        goals = TestEventProducer.forIncomingChannel("goals-events");
        rows = new SearchRows(pool);
        owner = "late-owner-" + UUID.randomUUID();
        search = new OwnerSearch(owner);
        t0 = OffsetDateTime.now().minusMinutes(5);
    }

    @AfterEach
    void close() {
        chat.close();
        goals.close();
    }

    @Test
    void anEditArrivingBeforeItsPostKeepsTheEdit() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String posted = Words.unique();
        String edited = Words.unique();
        chat.sendAt(t(2), ChatEvents.MESSAGE_EDITED, edit(message, conversation, edited));
        UUID post =
                chat.sendAt(t(1), ChatEvents.MESSAGE_POSTED, post(message, conversation, posted));

        await().atMost(WITHIN).until(() -> rows.processed(post) == 1);
        search.awaitFound(WITHIN, edited, "chat.message", message.toString());
        assertThat(search.keyword(posted)).isEmpty();
    }

    @Test
    void anOlderEditArrivingAfterANewerOneDoesNotRegress() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String first = Words.unique();
        String newest = Words.unique();
        String older = Words.unique();
        chat.sendAt(t(1), ChatEvents.MESSAGE_POSTED, post(message, conversation, first));
        chat.sendAt(t(3), ChatEvents.MESSAGE_EDITED, edit(message, conversation, newest));
        UUID late =
                chat.sendAt(t(2), ChatEvents.MESSAGE_EDITED, edit(message, conversation, older));

        await().atMost(WITHIN).until(() -> rows.processed(late) == 1);
        search.awaitFound(WITHIN, newest, "chat.message", message.toString());
        assertThat(search.keyword(older)).isEmpty();
        assertThat(search.keyword(first)).isEmpty();
    }

    @Test
    void aPostOrEditArrivingAfterTheDeleteDoesNotResurrect() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String posted = Words.unique();
        String edited = Words.unique();
        chat.sendAt(
                t(3), ChatEvents.MESSAGE_DELETED, new MessageDeleted(message, conversation, owner));
        UUID latePost =
                chat.sendAt(t(1), ChatEvents.MESSAGE_POSTED, post(message, conversation, posted));
        UUID lateEdit =
                chat.sendAt(t(2), ChatEvents.MESSAGE_EDITED, edit(message, conversation, edited));

        await().atMost(WITHIN)
                .until(() -> rows.processed(latePost) + rows.processed(lateEdit) == 2);
        assertThat(search.keyword(posted)).isEmpty();
        assertThat(search.keyword(edited)).isEmpty();
        assertThat(rows.documents(owner)).isZero();
        assertThat(rows.chunks(owner)).isZero();
    }

    /**
     * Records are handled several at once (smallrye.messaging.worker.indexing), so a burst of one
     * message's edits is embedded concurrently and may commit in any order: the newest edit wins,
     * whatever order they were sent and finished in, and the message stays one document.
     */
    @Test
    void aBurstOfEditsHandledConcurrentlyEndsWithTheNewest() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        List<String> words = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            words.add(Words.unique());
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        List<UUID> sent = new ArrayList<>();
        sent.add(chat.sendAt(t(0), ChatEvents.MESSAGE_POSTED, post(message, conversation, "x")));
        for (int i : order) {
            sent.add(
                    chat.sendAt(
                            t(i),
                            ChatEvents.MESSAGE_EDITED,
                            edit(message, conversation, words.get(i - 1))));
        }

        await().atMost(WITHIN).until(() -> sent.stream().mapToLong(rows::processed).sum() == 25);
        String newest = words.get(words.size() - 1);
        search.awaitFound(WITHIN, newest, "chat.message", message.toString());
        for (String older : words.subList(0, words.size() - 1)) {
            assertThat(search.keyword(older)).as(older).isEmpty();
        }
        assertThat(rows.documents(owner)).isEqualTo(1);
        assertThat(rows.chunksOf(message.toString())).isEqualTo(1);
        assertThat(rows.postings(owner)).isPositive();
        assertThat(rows.postingsOutOfStep(owner)).isZero();
    }

    @Test
    void aMessageArrivingAfterItsConversationWasDeletedStaysOut() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String word = Words.unique();
        chat.sendAt(
                t(2),
                ChatEvents.CONVERSATION_DELETED,
                new ConversationDeleted(conversation, owner));
        UUID late = chat.sendAt(t(1), ChatEvents.MESSAGE_POSTED, post(message, conversation, word));

        await().atMost(WITHIN).until(() -> rows.processed(late) == 1);
        assertThat(search.keyword(word)).isEmpty();
        assertThat(rows.documents(owner)).isZero();
    }

    @Test
    void aGoalChangeOlderThanItsDeletionStaysOutAndANewerRestoreBringsItBack() {
        UUID goal = UUID.randomUUID();
        String created = Words.unique();
        String updated = Words.unique();
        String restored = Words.unique();
        goals.sendAt(t(1), GoalsEvents.GOAL_CREATED, goal(goal, created));
        search.awaitFound(WITHIN, created, "goals.goal", goal.toString());
        goals.sendAt(
                t(3), GoalsEvents.GOAL_DELETED, new GoalDeleted(goal, UUID.randomUUID(), owner));
        UUID late = goals.sendAt(t(2), GoalsEvents.GOAL_UPDATED, goal(goal, updated));

        await().atMost(WITHIN).until(() -> rows.processed(late) == 1);
        assertThat(search.keyword(created)).isEmpty();
        assertThat(search.keyword(updated)).isEmpty();

        goals.sendAt(t(4), GoalsEvents.GOAL_RESTORED, goal(goal, restored));
        search.awaitFound(WITHIN, restored, "goals.goal", goal.toString());
    }

    /** The restore happened after the delete but arrives first: the goal stays searchable. */
    @Test
    void aDeletionOlderThanTheDocumentLeavesIt() {
        UUID goal = UUID.randomUUID();
        String word = Words.unique();
        goals.sendAt(t(4), GoalsEvents.GOAL_RESTORED, goal(goal, word));
        search.awaitFound(WITHIN, word, "goals.goal", goal.toString());

        UUID late =
                goals.sendAt(
                        t(3),
                        GoalsEvents.GOAL_DELETED,
                        new GoalDeleted(goal, UUID.randomUUID(), owner));
        await().atMost(WITHIN).until(() -> rows.processed(late) == 1);
        search.awaitFound(WITHIN, word, "goals.goal", goal.toString());
    }

    /** Deletions are forgotten after the retention (30 days), and only then. */
    @Test
    void tombstonesOlderThanTheRetentionArePurged() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID oldEvent =
                goals.sendAt(
                        OffsetDateTime.now().minusDays(31),
                        GoalsEvents.NOTE_DELETED,
                        new NoteDeleted(old, owner));
        UUID recentEvent =
                goals.sendAt(
                        OffsetDateTime.now().minusDays(29),
                        GoalsEvents.NOTE_DELETED,
                        new NoteDeleted(recent, owner));
        await().atMost(WITHIN)
                .until(() -> rows.processed(oldEvent) + rows.processed(recentEvent) == 2);
        assertThat(tombstone(old)).isEqualTo(1);

        assertThat(purge.purge().await().indefinitely()).isPositive();

        assertThat(tombstone(old)).isZero();
        assertThat(tombstone(recent)).isEqualTo(1);
    }

    private long tombstone(UUID ref) {
        return rows.count(
                "SELECT count(*) FROM source_tombstones WHERE source_ref = $1", ref.toString());
    }

    private OffsetDateTime t(int seconds) {
        return t0.plusSeconds(seconds);
    }

    private MessagePosted post(UUID message, UUID conversation, String content) {
        return new MessagePosted(
                message, conversation, owner, 1, "assistant", content, "m1", Instant.now());
    }

    private MessageEdited edit(UUID message, UUID conversation, String content) {
        return new MessageEdited(message, conversation, owner, 1, content);
    }

    private GoalState goal(UUID goal, String title) {
        return new GoalState(
                goal,
                owner,
                UUID.randomUUID(),
                null,
                "ShortTermGoal",
                title,
                null,
                null,
                null,
                Instant.now());
    }
}
