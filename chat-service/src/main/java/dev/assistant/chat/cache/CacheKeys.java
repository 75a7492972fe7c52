package dev.assistant.chat.cache;

import java.util.List;
import java.util.UUID;

/**
 * The cache's keys in one place. Data keys always contain the owner, so a value can only ever be
 * read back by the user it was loaded for.
 */
public final class CacheKeys {

    private CacheKeys() {}

    /**
     * Moves on every change to any of the owner's conversations (their list changes order or
     * counts).
     */
    public static String ownerVersion(String ownerId) {
        return "ver:owner:" + ownerId;
    }

    /** Moves on every change to the conversation or its messages. */
    public static String conversationVersion(UUID conversationId) {
        return "ver:conv:" + conversationId;
    }

    public static String conversationDetail(
            String ownerId, UUID conversationId, int recentMessages) {
        return "conv:" + ownerId + ":" + conversationId + ":r" + recentMessages;
    }

    public static String firstListPage(String ownerId, int limit) {
        return "list:" + ownerId + ":l" + limit;
    }

    /** What a change to one conversation (or its messages) invalidates. */
    public static List<String> afterConversationChange(String ownerId, UUID conversationId) {
        return List.of(ownerVersion(ownerId), conversationVersion(conversationId));
    }
}
