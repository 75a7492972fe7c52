package dev.assistant.chat.conversation;

import java.util.List;

import dev.assistant.kit.paging.KeysetPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a user's conversations, most recently active first; nextCursor is null on the last
 * page.
 */
public record ConversationPage(
        List<ConversationResponse> items, @Schema(nullable = true) String nextCursor) {

    public static ConversationPage from(KeysetPage<Conversation> page) {
        return new ConversationPage(
                page.items().stream().map(ConversationResponse::from).toList(), page.nextCursor());
    }
}
