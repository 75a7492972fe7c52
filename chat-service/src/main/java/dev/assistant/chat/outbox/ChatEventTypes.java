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

    private ChatEventTypes() {
    }
}
