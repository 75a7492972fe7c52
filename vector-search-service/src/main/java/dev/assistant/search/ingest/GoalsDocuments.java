package dev.assistant.search.ingest;

import java.util.UUID;

import dev.assistant.events.goals.GoalsEvents.GoalState;
import dev.assistant.events.goals.GoalsEvents.NoteSaved;
import dev.assistant.search.document.SourceDocument;
import dev.assistant.search.document.SourceRef;

/**
 * What goals-service's events make searchable, each pointing back to its resource in goals-service:
 * goals (title and description) and notes.
 *
 * <p>Sessions are not indexed: the contract announces only their completion, never an edit or a
 * deletion, so an indexed session's name and description could neither follow a rename nor leave
 * search when the user deletes the session; and what a user writes about a session is in its notes,
 * which are indexed.
 */
final class GoalsDocuments {

    static final String GOAL = "goals.goal";
    static final String NOTE = "goals.note";

    private GoalsDocuments() {}

    static SourceDocument goal(GoalState goal) {
        return new SourceDocument(
                goal.ownerId(),
                GOAL,
                goal.goalId().toString(),
                goal.title(),
                "text/plain",
                SourceDocument.titled(goal.title(), goal.description()),
                new DocumentMetadata()
                        .put("level", goal.level())
                        .put("deadline", goal.deadline())
                        .put("rootId", goal.rootId())
                        .put("parentId", goal.parentId())
                        .put("completedAt", goal.completedAt())
                        .toMap());
    }

    static SourceDocument note(NoteSaved note) {
        return new SourceDocument(
                note.ownerId(),
                NOTE,
                note.noteId().toString(),
                null,
                "text/plain",
                note.content(),
                new DocumentMetadata()
                        .put("rootId", note.rootId())
                        .put("contextType", note.contextType())
                        .put("sessionId", note.sessionId())
                        .put("activityInstanceId", note.activityInstanceId())
                        .put("activityDefinitionId", note.activityDefinitionId())
                        .put("setIndex", note.setIndex())
                        .toMap());
    }

    static SourceRef goal(UUID goalId) {
        return new SourceRef(GOAL, goalId.toString());
    }

    static SourceRef note(UUID noteId) {
        return new SourceRef(NOTE, noteId.toString());
    }
}
