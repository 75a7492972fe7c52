package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity group as the API shows it. */
public record ActivityGroupResponse(
        UUID id,
        UUID rootId,
        String name,
        @Schema(nullable = true) String description,
        int sortOrder,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ActivityGroupResponse from(ActivityGroup group) {
        return new ActivityGroupResponse(
                group.id,
                group.rootId,
                group.name,
                group.description,
                group.sortOrder,
                group.createdAt,
                group.updatedAt);
    }
}
