package dev.assistant.chat.outbox;

/**
 * The chat events this service publishes (CloudEvents "type"), versioned by suffix: a breaking
 * payload change gets a new version and both are published during the transition.
 * Documented in docs/events.md.
 */
public final class ChatEventTypes {

    public static final String SOURCE = "/assistant-suite/chat-service";
    public static final String MEMORY_SAVED = "dev.assistant.chat.memory.saved.v1";
    public static final String MEMORY_DELETED = "dev.assistant.chat.memory.deleted.v1";
    public static final String CONVERSATION_CREATED = "dev.assistant.chat.conversation.created.v1";
    public static final String CONVERSATION_UPDATED = "dev.assistant.chat.conversation.updated.v1";
    public static final String CONVERSATION_DELETED = "dev.assistant.chat.conversation.deleted.v1";
    public static final String MESSAGE_POSTED = "dev.assistant.chat.message.posted.v1";
    public static final String MESSAGE_EDITED = "dev.assistant.chat.message.edited.v1";
    public static final String MESSAGE_DELETED = "dev.assistant.chat.message.deleted.v1";
    public static final String FILE_UPLOADED = "dev.assistant.chat.file.uploaded.v1";
    public static final String FILE_DELETED = "dev.assistant.chat.file.deleted.v1";
    public static final String USER_DELETED = "dev.assistant.chat.user.deleted.v1";

    private ChatEventTypes() {
    }
}
