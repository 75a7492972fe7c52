package dev.assistant.search.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents.FileUploaded;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.events.chat.ChatEvents.MessageEdited;
import dev.assistant.events.chat.ChatEvents.MessagePosted;
import dev.assistant.search.document.SourceDocument;
import dev.assistant.search.document.SourceRef;
import dev.assistant.search.extract.DocumentFormat;

/**
 * What chat-service's events make searchable, each pointing back to its resource in chat-service:
 * memories, messages (in their conversation, deleted with it) and the text of text files.
 */
final class ChatDocuments {

    static final String MEMORY = "chat.memory";
    static final String MESSAGE = "chat.message";
    static final String FILE = "chat.file";
    static final String CONVERSATION = "chat.conversation";

    private ChatDocuments() {}

    static SourceDocument memory(MemorySaved memory) {
        return new SourceDocument(
                memory.ownerId(),
                MEMORY,
                memory.memoryId().toString(),
                memory.title(),
                "text/plain",
                SourceDocument.titled(memory.title(), memory.content()),
                new DocumentMetadata()
                        .put("importance", memory.importance())
                        .put("tags", memory.tags())
                        .toMap());
    }

    static SourceDocument message(MessagePosted message) {
        return message(
                message.ownerId(),
                message.messageId(),
                message.conversationId(),
                message.content(),
                new DocumentMetadata()
                        .put("conversationId", message.conversationId())
                        .put("role", message.role())
                        .put("sequence", message.sequence())
                        .put("model", message.model()));
    }

    /** An edit carries no role or model: the document keeps those its post gave it. */
    static SourceDocument message(MessageEdited edit) {
        return message(
                edit.ownerId(),
                edit.messageId(),
                edit.conversationId(),
                edit.content(),
                new DocumentMetadata()
                        .put("conversationId", edit.conversationId())
                        .put("sequence", edit.sequence()));
    }

    /**
     * The file's text, read in the format an upload of it would be (Markdown and HTML keep their
     * structure), titled by its name; null for a file whose event carries no text (not text, or
     * larger than chat-service puts in an event).
     */
    static SourceDocument file(FileUploaded file) {
        if (file.text() == null) {
            return null;
        }
        DocumentFormat format =
                DocumentFormat.detect(file.text().getBytes(StandardCharsets.UTF_8), file.name());
        return new SourceDocument(
                file.ownerId(),
                FILE,
                file.fileId().toString(),
                file.name(),
                (format == null ? DocumentFormat.PLAIN_TEXT : format).mimeType(),
                file.text(),
                new DocumentMetadata()
                        .put("name", file.name())
                        .put("mimeType", file.mimeType())
                        .put("sizeBytes", file.sizeBytes())
                        .put("conversationId", file.conversationId())
                        .toMap());
    }

    static SourceRef memory(UUID memoryId) {
        return new SourceRef(MEMORY, memoryId.toString());
    }

    static SourceRef message(UUID messageId) {
        return new SourceRef(MESSAGE, messageId.toString());
    }

    static SourceRef file(UUID fileId) {
        return new SourceRef(FILE, fileId.toString());
    }

    static SourceRef conversation(UUID conversationId) {
        return new SourceRef(CONVERSATION, conversationId.toString());
    }

    private static SourceDocument message(
            String ownerId,
            UUID messageId,
            UUID conversationId,
            String content,
            DocumentMetadata metadata) {
        return new SourceDocument(
                ownerId,
                MESSAGE,
                messageId.toString(),
                null,
                "text/plain",
                content,
                metadata.toMap(),
                conversation(conversationId));
    }
}
