package dev.assistant.goals.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API shows it. */
public record SessionResponse(
        UUID id,
        UUID rootId,
        String name,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) OffsetDateTime sessionStart,
        @Schema(nullable = true) OffsetDateTime sessionEnd,
        @Schema(nullable = true) Integer durationMinutes,
        @Schema(nullable = true) Integer totalDurationSeconds,
        @Schema(nullable = true) UUID templateId,
        @Schema(nullable = true) UUID programDayId,
        Map<String, Object> attributes,
        boolean completed,
        @Schema(nullable = true) OffsetDateTime completedAt,
        List<UUID> shortTermGoalIds,
        List<UUID> immediateGoalIds,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static SessionResponse from(Session s) {
        return new SessionResponse(
                s.id(),
                s.rootId(),
                s.name(),
                s.description(),
                s.sessionStart(),
                s.sessionEnd(),
                s.durationMinutes(),
                s.totalDurationSeconds(),
                s.templateId(),
                s.programDayId(),
                s.attributes(),
                s.completed(),
                s.completedAt(),
                s.shortTermGoalIds(),
                s.immediateGoalIds(),
                s.createdAt(),
                s.updatedAt());
    }
}
