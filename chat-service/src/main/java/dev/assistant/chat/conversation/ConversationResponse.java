package dev.assistant.chat.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conversation as the API shows it. */
public record ConversationResponse(
        UUID id,
        String title,
        List<String> tags,
        @Schema(nullable = true) String template,
        boolean archived,
        boolean pinned,
        @Schema(nullable = true) UUID parentId,
        @Schema(nullable = true) Long branchedFromSequence,
        Map<String, Object> metadata,
        long messageCount,
        @Schema(nullable = true) OffsetDateTime lastMessageAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static ConversationResponse from(Conversation c) {
        return new ConversationResponse(
                c.id(),
                c.title(),
                c.tags(),
                c.template(),
                c.archived(),
                c.pinned(),
                c.parentId(),
                c.branchedFromSequence(),
                c.metadata(),
                c.messageCount(),
                c.lastMessageAt(),
                c.createdAt(),
                c.updatedAt());
    }
}
