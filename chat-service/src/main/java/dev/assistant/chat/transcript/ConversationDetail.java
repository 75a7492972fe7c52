package dev.assistant.chat.transcript;

import java.util.List;

import dev.assistant.chat.conversation.Conversation;
import dev.assistant.chat.conversation.ConversationResponse;
import dev.assistant.chat.message.Message;
import dev.assistant.chat.message.MessageResponse;

/**
 * GET /api/chat/conversations/{id}: the conversation and its most recent messages, oldest first.
 */
public record ConversationDetail(
        ConversationResponse conversation, List<MessageResponse> recentMessages) {

    public static ConversationDetail from(Conversation conversation, List<Message> recentMessages) {
        return new ConversationDetail(
                ConversationResponse.from(conversation),
                recentMessages.stream().map(MessageResponse::from).toList());
    }
}
