package dev.assistant.search.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.assistant.events.EventJson;
import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.GoalDeleted;
import dev.assistant.events.goals.GoalsEvents.GoalState;
import dev.assistant.events.goals.GoalsEvents.NoteDeleted;
import dev.assistant.events.goals.GoalsEvents.NoteSaved;
import dev.assistant.events.goals.GoalsEvents.SessionCompleted;
import dev.assistant.search.support.EventIndexingTest;
import dev.assistant.search.support.OwnerSearch;
import dev.assistant.search.support.Words;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * goals-service's goals and notes through the real Kafka (topic assistant.goals.events, a channel
 * of its own) into search, found through the search API as goals.goal and goals.note.
 */
@QuarkusTest
class GoalsIndexingTest extends EventIndexingTest {

    GoalsIndexingTest() {
        super("goals-events", "goals-owner");
    }

    @Test
    void createdGoalIsFoundByTitleAndDescriptionWithItsLevelAndDeadline() {
        UUID goal = UUID.randomUUID();
        String inTitle = Words.unique();
        String inDescription = Words.unique();
        events.send(
                GoalsEvents.GOAL_CREATED,
                goal(
                        goal,
                        "Run a " + inTitle + " marathon",
                        "Three runs a week, one " + inDescription + " long run.",
                        LocalDate.of(2027, 3, 1),
                        null));

        search.awaitFound(WITHIN, inTitle, "goals.goal", goal.toString());
        search.awaitFound(WITHIN, inDescription, "goals.goal", goal.toString());
        assertThat(search.keyword(inTitle).getFirst())
                .containsEntry("title", "Run a " + inTitle + " marathon");
        assertThat(rows.metadata(goal.toString(), "level")).isEqualTo("LongTermGoal");
        assertThat(rows.metadata(goal.toString(), "deadline")).isEqualTo("2027-03-01");
        assertThat(new OwnerSearch("stranger-" + UUID.randomUUID()).keyword(inTitle)).isEmpty();
    }

    @Test
    void updatedAndCompletedGoalIsReindexed() {
        UUID goal = UUID.randomUUID();
        String before = Words.unique();
        String after = Words.unique();
        events.send(
                GoalsEvents.GOAL_CREATED,
                goal(goal, "Learn " + before, null, LocalDate.of(2027, 1, 1), null));
        search.awaitFound(WITHIN, before, "goals.goal", goal.toString());

        events.send(GoalsEvents.GOAL_UPDATED, goal(goal, "Learn " + after, null, null, null));
        search.awaitFound(WITHIN, after, "goals.goal", goal.toString());
        assertThat(search.keyword(before)).isEmpty();
        // The deadline was removed: the update clears it.
        assertThat(rows.metadata(goal.toString(), "deadline")).isNull();

        Instant completed = Instant.parse("2026-11-20T10:00:00Z");
        events.send(
                GoalsEvents.GOAL_COMPLETED, goal(goal, "Learn " + after, null, null, completed));
        await().atMost(WITHIN)
                .until(
                        () ->
                                "2026-11-20T10:00:00Z"
                                        .equals(rows.metadata(goal.toString(), "completedAt")));
        search.awaitFound(WITHIN, after, "goals.goal", goal.toString());
    }

    @Test
    void deletedGoalLeavesSearchAndARestoredOneComesBack() {
        UUID goal = UUID.randomUUID();
        UUID root = UUID.randomUUID();
        String word = Words.unique();
        events.send(GoalsEvents.GOAL_CREATED, goal(goal, "Visit " + word, null, null, null));
        search.awaitFound(WITHIN, word, "goals.goal", goal.toString());

        events.send(GoalsEvents.GOAL_DELETED, new GoalDeleted(goal, root, owner));
        search.awaitGone(WITHIN, word);
        assertThat(rows.chunks(owner)).isZero();

        events.send(GoalsEvents.GOAL_RESTORED, goal(goal, "Visit " + word, null, null, null));
        search.awaitFound(WITHIN, word, "goals.goal", goal.toString());
        assertThat(rows.count("SELECT count(*) FROM source_tombstones WHERE owner_id = $1", owner))
                .isZero();
    }

    @Test
    void noteIsFoundEditedAndRemoved() {
        UUID note = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String before = Words.unique();
        String after = Words.unique();
        events.send(GoalsEvents.NOTE_SAVED, note(note, session, "Left hand " + before));
        search.awaitFound(WITHIN, before, "goals.note", note.toString());
        assertThat(rows.metadata(note.toString(), "sessionId")).isEqualTo(session.toString());
        assertThat(rows.metadata(note.toString(), "contextType")).isEqualTo("session");

        events.send(GoalsEvents.NOTE_SAVED, note(note, session, "Left hand " + after));
        search.awaitFound(WITHIN, after, "goals.note", note.toString());
        assertThat(search.keyword(before)).isEmpty();

        events.send(GoalsEvents.NOTE_DELETED, new NoteDeleted(note, owner));
        search.awaitGone(WITHIN, after);
        assertThat(rows.documents(owner)).isZero();
    }

    /** Sessions are not indexed (GoalsDocuments says why): their names are not searchable. */
    @Test
    void completedSessionIsNotIndexed() {
        UUID session = UUID.randomUUID();
        String word = Words.unique();
        events.send(
                GoalsEvents.SESSION_COMPLETED,
                new SessionCompleted(
                        session,
                        owner,
                        UUID.randomUUID(),
                        word + " practice",
                        "Scales and " + word,
                        Instant.now().minusSeconds(3600),
                        Instant.now(),
                        3600,
                        List.of(),
                        Instant.now()));
        // A later record on the same key proves the session's event was consumed before it.
        UUID marker = UUID.randomUUID();
        events.sendRaw(
                marker,
                GoalsEvents.NOTE_SAVED.name(),
                GoalsEvents.SOURCE,
                session.toString(),
                EventJson.write(note(UUID.randomUUID(), session, "marker")));
        await().atMost(WITHIN).until(() -> rows.processed(marker) == 1);

        assertThat(search.keyword(word)).isEmpty();
        assertThat(rows.documents(owner)).isEqualTo(1);
    }

    /**
     * Not JSON, and JSON without the goal's required fields: both dead-lettered (read back from
     * Kafka), and the next event on the same partition key is still indexed.
     */
    @Test
    void poisonEventsAreDeadLetteredAndTheNextEventOnThePartitionIsIndexed() {
        UUID goal = UUID.randomUUID();
        String key = goal.toString();
        long since = System.currentTimeMillis();
        events.sendPoison(key);
        events.sendRaw(
                UUID.randomUUID(),
                GoalsEvents.GOAL_CREATED.name(),
                GoalsEvents.SOURCE,
                key,
                "{\"ownerId\":\"" + owner + "\",\"title\":\"no id, no root, no level\"}");
        String word = Words.unique();
        events.send(
                GoalsEvents.GOAL_CREATED, goal(goal, "After the poison " + word, null, null, null));

        search.awaitFound(WITHIN, word, "goals.goal", goal.toString());
        assertThat(deadLetters().published(r -> key.equals(r.key()), 2, since)).hasSize(2);
    }

    private GoalState goal(
            UUID goal, String title, String description, LocalDate deadline, Instant completed) {
        return new GoalState(
                goal,
                owner,
                UUID.randomUUID(),
                null,
                "LongTermGoal",
                title,
                description,
                deadline,
                completed,
                Instant.now());
    }

    private NoteSaved note(UUID note, UUID session, String content) {
        Instant now = Instant.now();
        return new NoteSaved(
                note,
                owner,
                UUID.randomUUID(),
                "session",
                session,
                null,
                null,
                null,
                content,
                now,
                now);
    }
}
