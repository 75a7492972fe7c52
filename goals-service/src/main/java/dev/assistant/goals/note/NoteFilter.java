package dev.assistant.goals.note;

import java.util.UUID;

/** What a note list is narrowed to (null: any); the conditions combine. */
public record NoteFilter(UUID sessionId, UUID activityInstanceId, UUID activityDefinitionId) {}
