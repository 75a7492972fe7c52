package dev.assistant.chat.transcript;

import java.util.List;

import dev.assistant.chat.conversation.Conversation;
import dev.assistant.chat.conversation.ConversationResponse;
import dev.assistant.chat.message.Message;
import dev.assistant.chat.message.MessageResponse;

/**
 * GET /api/chat/conversations/{id}/export: a conversation and all its messages, as JSON or
 * Markdown.
 */
public record ConversationExport(
        ConversationResponse conversation, List<MessageResponse> messages) {

    public static ConversationExport from(Conversation conversation, List<Message> messages) {
        return new ConversationExport(
                ConversationResponse.from(conversation),
                messages.stream().map(MessageResponse::from).toList());
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# ").append(conversation.title()).append("\n\n");
        if (!conversation.tags().isEmpty()) {
            md.append("Tags: ").append(String.join(", ", conversation.tags())).append("\n\n");
        }
        md.append("_Created ")
                .append(conversation.createdAt())
                .append(", ")
                .append(messages.size())
                .append(" messages._\n");
        for (MessageResponse m : messages) {
            md.append("\n---\n\n**").append(m.role()).append('*').append('*');
            if (m.model() != null) {
                md.append(" (").append(m.model()).append(')');
            }
            md.append(" · ")
                    .append(m.createdAt())
                    .append(m.edited() ? " · edited" : "")
                    .append("\n\n")
                    .append(m.content())
                    .append('\n');
        }
        return md.toString();
    }
}
