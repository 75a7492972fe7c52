package dev.assistant.chat.conversation;

/** List filters; null means "any". {@code titleContains} matches case-insensitively. */
public record ConversationFilter(
        Boolean archived, Boolean pinned, String tag, String titleContains) {}
