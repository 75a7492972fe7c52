package dev.assistant.chat.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A conversation. {@code lastSequence} allocates message sequence numbers (never reused, so deleted
 * messages leave gaps); {@code messageCount} counts the messages it has now.
 */
public record Conversation(
        UUID id,
        String ownerId,
        String title,
        List<String> tags,
        String template,
        boolean archived,
        boolean pinned,
        UUID parentId,
        Long branchedFromSequence,
        Map<String, Object> metadata,
        long messageCount,
        long lastSequence,
        OffsetDateTime lastMessageAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
