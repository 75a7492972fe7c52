package dev.assistant.goals.note;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A note about a session, an activity instance (contextType activity_instance, or set with a set
 * index) or an activity definition. A note on an instance also carries its session and activity, so
 * it is found by either.
 */
public record Note(
        UUID id,
        String ownerId,
        UUID rootId,
        String contextType,
        UUID sessionId,
        UUID activityInstanceId,
        UUID activityDefinitionId,
        Integer setIndex,
        String content,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
