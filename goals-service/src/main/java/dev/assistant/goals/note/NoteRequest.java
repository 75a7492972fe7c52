package dev.assistant.goals.note;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/goals/notes: the text and exactly one of sessionId, activityInstanceId (with
 * setIndex for a note about one set) or activityDefinitionId.
 */
public record NoteRequest(
        @NotBlank @Size(max = 200_000) String content,
        UUID sessionId,
        UUID activityInstanceId,
        UUID activityDefinitionId,
        @PositiveOrZero @Max(999) Integer setIndex) {}
