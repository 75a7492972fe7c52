package dev.assistant.events.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.EventType;

import static dev.assistant.events.Required.nonBlank;
import static dev.assistant.events.Required.present;

/**
 * Everything chat-service publishes (topic {@code assistant.chat.events}). A breaking payload
 * change gets a new type version (".v2"), published beside the old one while consumers move over.
 * docs/events.md is checked against these definitions.
 */
public final class ChatEvents {

    public static final String SOURCE = "/assistant-suite/chat-service";
    public static final String TOPIC = "assistant.chat.events";

    /** A memory was created or replaced. */
    public record MemorySaved(
            UUID memoryId,
            String ownerId,
            String title,
            String content,
            int importance,
            List<String> tags,
            Instant createdAt,
            Instant updatedAt) {
        public MemorySaved {
            present(memoryId, "memoryId");
            nonBlank(ownerId, "ownerId");
            nonBlank(title, "title");
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    public record MemoryDeleted(UUID memoryId, String ownerId) {
        public MemoryDeleted {
            present(memoryId, "memoryId");
            nonBlank(ownerId, "ownerId");
        }
    }

    /** A conversation's state after it was created, branched, imported or changed. */
    public record ConversationState(
            UUID conversationId,
            String ownerId,
            String title,
            List<String> tags,
            boolean archived,
            boolean pinned,
            UUID parentId,
            Instant updatedAt) {
        public ConversationState {
            present(conversationId, "conversationId");
            nonBlank(ownerId, "ownerId");
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    public record ConversationDeleted(UUID conversationId, String ownerId) {
        public ConversationDeleted {
            present(conversationId, "conversationId");
            nonBlank(ownerId, "ownerId");
        }
    }

    public record MessagePosted(
            UUID messageId,
            UUID conversationId,
            String ownerId,
            long sequence,
            String role,
            String content,
            String model,
            Instant createdAt) {
        public MessagePosted {
            present(messageId, "messageId");
            present(conversationId, "conversationId");
            nonBlank(ownerId, "ownerId");
            present(content, "content");
        }
    }

    public record MessageEdited(
            UUID messageId, UUID conversationId, String ownerId, long sequence, String content) {
        public MessageEdited {
            present(messageId, "messageId");
            present(conversationId, "conversationId");
            nonBlank(ownerId, "ownerId");
            present(content, "content");
        }
    }

    public record MessageDeleted(UUID messageId, UUID conversationId, String ownerId) {
        public MessageDeleted {
            present(messageId, "messageId");
            present(conversationId, "conversationId");
            nonBlank(ownerId, "ownerId");
        }
    }

    /**
     * {@code text} is the content of a text file up to {@link #MAX_FILE_TEXT_BYTES} ({@link
     * #carriesText}), else null.
     */
    public record FileUploaded(
            UUID fileId,
            String ownerId,
            String name,
            String mimeType,
            long sizeBytes,
            String sha256,
            UUID conversationId,
            Map<String, Object> metadata,
            String text) {
        public FileUploaded {
            present(fileId, "fileId");
            nonBlank(ownerId, "ownerId");
            metadata = metadata == null ? Map.of() : metadata;
        }

        /** Whether a file of this type and size carries its text in the event (for search). */
        public static boolean carriesText(String mimeType, long sizeBytes) {
            boolean textual = mimeType.startsWith("text/") || mimeType.equals("application/json");
            return textual && sizeBytes <= MAX_FILE_TEXT_BYTES;
        }
    }

    public record FileDeleted(UUID fileId, String ownerId) {
        public FileDeleted {
            present(fileId, "fileId");
            nonBlank(ownerId, "ownerId");
        }
    }

    public record UserDeleted(String userId) {
        public UserDeleted {
            nonBlank(userId, "userId");
        }
    }

    /** An admin changed whether the user may use the suite; every service enforces the newest. */
    public record UserAccessChanged(String userId, boolean active, Instant changedAt) {
        public UserAccessChanged {
            nonBlank(userId, "userId");
            present(changedAt, "changedAt");
        }
    }

    /** Largest file text carried in {@link FileUploaded} (for search). */
    public static final int MAX_FILE_TEXT_BYTES = 512 * 1024;

    public static final EventType<MemorySaved> MEMORY_SAVED =
            new EventType<>(
                    "dev.assistant.chat.memory.saved.v1",
                    SOURCE,
                    "memory",
                    MemorySaved.class,
                    "memoryId",
                    "ownerId",
                    "A memory was created or replaced.");
    public static final EventType<MemoryDeleted> MEMORY_DELETED =
            new EventType<>(
                    "dev.assistant.chat.memory.deleted.v1",
                    SOURCE,
                    "memory",
                    MemoryDeleted.class,
                    "memoryId",
                    "ownerId",
                    "A memory was deleted.");
    public static final EventType<ConversationState> CONVERSATION_CREATED =
            new EventType<>(
                    "dev.assistant.chat.conversation.created.v1",
                    SOURCE,
                    "conversation",
                    ConversationState.class,
                    "conversationId",
                    "ownerId",
                    "A conversation was created, branched from another, or imported.");
    public static final EventType<ConversationState> CONVERSATION_UPDATED =
            new EventType<>(
                    "dev.assistant.chat.conversation.updated.v1",
                    SOURCE,
                    "conversation",
                    ConversationState.class,
                    "conversationId",
                    "ownerId",
                    "A conversation's title, tags, archived or pinned state changed.");
    public static final EventType<ConversationDeleted> CONVERSATION_DELETED =
            new EventType<>(
                    "dev.assistant.chat.conversation.deleted.v1",
                    SOURCE,
                    "conversation",
                    ConversationDeleted.class,
                    "conversationId",
                    "ownerId",
                    "A conversation was deleted, with its messages.");
    public static final EventType<MessagePosted> MESSAGE_POSTED =
            new EventType<>(
                    "dev.assistant.chat.message.posted.v1",
                    SOURCE,
                    "conversation",
                    MessagePosted.class,
                    "conversationId",
                    "ownerId",
                    "A message was posted (one event per message, in sequence order, also for bulk posts and imports).");
    public static final EventType<MessageEdited> MESSAGE_EDITED =
            new EventType<>(
                    "dev.assistant.chat.message.edited.v1",
                    SOURCE,
                    "conversation",
                    MessageEdited.class,
                    "conversationId",
                    "ownerId",
                    "A message's content was edited (the original is kept by chat-service).");
    public static final EventType<MessageDeleted> MESSAGE_DELETED =
            new EventType<>(
                    "dev.assistant.chat.message.deleted.v1",
                    SOURCE,
                    "conversation",
                    MessageDeleted.class,
                    "conversationId",
                    "ownerId",
                    "A message was deleted.");
    public static final EventType<FileUploaded> FILE_UPLOADED =
            new EventType<>(
                    "dev.assistant.chat.file.uploaded.v1",
                    SOURCE,
                    "file",
                    FileUploaded.class,
                    "fileId",
                    "ownerId",
                    "A file was uploaded or imported; text files up to 512 KiB carry their text.");
    public static final EventType<FileDeleted> FILE_DELETED =
            new EventType<>(
                    "dev.assistant.chat.file.deleted.v1",
                    SOURCE,
                    "file",
                    FileDeleted.class,
                    "fileId",
                    "ownerId",
                    "A file was deleted.");
    public static final EventType<UserDeleted> USER_DELETED =
            new EventType<>(
                    "dev.assistant.chat.user.deleted.v1",
                    SOURCE,
                    "user",
                    UserDeleted.class,
                    "userId",
                    "userId",
                    "A user erased their account: every service erases that user's data.");

    public static final EventType<UserAccessChanged> USER_ACCESS_CHANGED =
            new EventType<>(
                    "dev.assistant.chat.user.access-changed.v1",
                    SOURCE,
                    "user",
                    UserAccessChanged.class,
                    "userId",
                    "userId",
                    "An admin deactivated or reactivated a user: every service refuses (403) or serves them again.");

    public static final List<EventType<?>> ALL =
            List.of(
                    MEMORY_SAVED,
                    MEMORY_DELETED,
                    CONVERSATION_CREATED,
                    CONVERSATION_UPDATED,
                    CONVERSATION_DELETED,
                    MESSAGE_POSTED,
                    MESSAGE_EDITED,
                    MESSAGE_DELETED,
                    FILE_UPLOADED,
                    FILE_DELETED,
                    USER_DELETED,
                    USER_ACCESS_CHANGED);

    private ChatEvents() {}
}
