package dev.assistant.chat.conversation;

import java.util.List;

import dev.assistant.chat.message.MessageResponse;

/** GET /api/chat/conversations/{id}: the conversation and its most recent messages, oldest first. */
public record ConversationDetail(ConversationResponse conversation, List<MessageResponse> recentMessages) {
}
