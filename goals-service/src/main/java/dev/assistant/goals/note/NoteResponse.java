package dev.assistant.goals.note;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note as the API shows it. */
public record NoteResponse(
        UUID id,
        UUID rootId,
        @Schema(enumeration = {"session", "activity_instance", "set", "activity_definition"})
                String contextType,
        @Schema(nullable = true) UUID sessionId,
        @Schema(nullable = true) UUID activityInstanceId,
        @Schema(nullable = true) UUID activityDefinitionId,
        @Schema(nullable = true) Integer setIndex,
        String content,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static NoteResponse from(Note n) {
        return new NoteResponse(
                n.id(),
                n.rootId(),
                n.contextType(),
                n.sessionId(),
                n.activityInstanceId(),
                n.activityDefinitionId(),
                n.setIndex(),
                n.content(),
                n.createdAt(),
                n.updatedAt());
    }
}
