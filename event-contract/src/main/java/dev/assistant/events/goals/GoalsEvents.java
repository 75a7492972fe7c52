package dev.assistant.events.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.assistant.events.EventType;

import static dev.assistant.events.Required.nonBlank;
import static dev.assistant.events.Required.present;

/**
 * Everything goals-service publishes (topic {@code assistant.goals.events}). Goals and notes carry
 * their text, so search indexes them without calling goals-service. A subtree operation (delete,
 * restore) publishes one event per goal it changed, in tree order. docs/events.md is checked
 * against these definitions.
 */
public final class GoalsEvents {

    public static final String SOURCE = "/assistant-suite/goals-service";
    public static final String TOPIC = "assistant.goals.events";

    /** A goal as it is after the change the event announces. */
    public record GoalState(
            UUID goalId,
            String ownerId,
            UUID rootId,
            UUID parentId,
            String level,
            String title,
            String description,
            LocalDate deadline,
            Instant completedAt,
            Instant updatedAt) {
        public GoalState {
            present(goalId, "goalId");
            nonBlank(ownerId, "ownerId");
            present(rootId, "rootId");
            nonBlank(level, "level");
            present(title, "title");
        }
    }

    public record GoalDeleted(UUID goalId, UUID rootId, String ownerId) {
        public GoalDeleted {
            present(goalId, "goalId");
            present(rootId, "rootId");
            nonBlank(ownerId, "ownerId");
        }
    }

    public record SessionCompleted(
            UUID sessionId,
            String ownerId,
            UUID rootId,
            String name,
            String description,
            Instant sessionStart,
            Instant sessionEnd,
            Integer totalDurationSeconds,
            List<UUID> goalIds,
            Instant completedAt) {
        public SessionCompleted {
            present(sessionId, "sessionId");
            nonBlank(ownerId, "ownerId");
            present(rootId, "rootId");
            present(completedAt, "completedAt");
            goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        }
    }

    /**
     * A note was written or edited. {@code contextType} is session, activity_instance, set or
     * activity_definition; the matching ids are set.
     */
    public record NoteSaved(
            UUID noteId,
            String ownerId,
            UUID rootId,
            String contextType,
            UUID sessionId,
            UUID activityInstanceId,
            UUID activityDefinitionId,
            Integer setIndex,
            String content,
            Instant createdAt,
            Instant updatedAt) {
        public NoteSaved {
            present(noteId, "noteId");
            nonBlank(ownerId, "ownerId");
            present(rootId, "rootId");
            nonBlank(contextType, "contextType");
            present(content, "content");
        }
    }

    public record NoteDeleted(UUID noteId, String ownerId) {
        public NoteDeleted {
            present(noteId, "noteId");
            nonBlank(ownerId, "ownerId");
        }
    }

    public static final EventType<GoalState> GOAL_CREATED =
            goalState("created", "A goal was created (also by a copy or an import).");
    public static final EventType<GoalState> GOAL_UPDATED =
            goalState(
                    "updated",
                    "A goal's title, description, deadline, level, position or completion was changed.");
    public static final EventType<GoalState> GOAL_COMPLETED =
            goalState("completed", "A goal was marked complete.");
    public static final EventType<GoalState> GOAL_RESTORED =
            goalState(
                    "restored",
                    "A soft-deleted goal was restored (one event per goal of the restored subtree).");
    public static final EventType<GoalDeleted> GOAL_DELETED =
            new EventType<>(
                    "dev.assistant.goals.goal.deleted.v1",
                    SOURCE,
                    "goal",
                    GoalDeleted.class,
                    "goalId",
                    "ownerId",
                    "A goal was deleted (one event per goal of the deleted subtree).");
    public static final EventType<SessionCompleted> SESSION_COMPLETED =
            new EventType<>(
                    "dev.assistant.goals.session.completed.v1",
                    SOURCE,
                    "session",
                    SessionCompleted.class,
                    "sessionId",
                    "ownerId",
                    "A practice session was marked complete.");
    public static final EventType<NoteSaved> NOTE_SAVED =
            new EventType<>(
                    "dev.assistant.goals.note.saved.v1",
                    SOURCE,
                    "note",
                    NoteSaved.class,
                    "noteId",
                    "ownerId",
                    "A note was written or edited; carries its text.");
    public static final EventType<NoteDeleted> NOTE_DELETED =
            new EventType<>(
                    "dev.assistant.goals.note.deleted.v1",
                    SOURCE,
                    "note",
                    NoteDeleted.class,
                    "noteId",
                    "ownerId",
                    "A note was deleted.");

    public static final List<EventType<?>> ALL =
            List.of(
                    GOAL_CREATED,
                    GOAL_UPDATED,
                    GOAL_COMPLETED,
                    GOAL_DELETED,
                    GOAL_RESTORED,
                    SESSION_COMPLETED,
                    NOTE_SAVED,
                    NOTE_DELETED);

    private static EventType<GoalState> goalState(String action, String description) {
        return new EventType<>(
                "dev.assistant.goals.goal." + action + ".v1",
                SOURCE,
                "goal",
                GoalState.class,
                "goalId",
                "ownerId",
                description);
    }

    private GoalsEvents() {}
}
