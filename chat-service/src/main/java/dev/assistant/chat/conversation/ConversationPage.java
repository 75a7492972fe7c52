package dev.assistant.chat.conversation;

import java.util.List;

/** One page of a user's conversations, most recently active first; nextCursor is null on the last page. */
public record ConversationPage(List<ConversationResponse> items, String nextCursor) {
}
