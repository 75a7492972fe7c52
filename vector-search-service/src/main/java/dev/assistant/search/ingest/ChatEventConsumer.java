package dev.assistant.search.ingest;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.ConversationDeleted;
import dev.assistant.events.chat.ChatEvents.FileDeleted;
import dev.assistant.events.chat.ChatEvents.MemoryDeleted;
import dev.assistant.events.chat.ChatEvents.MessageDeleted;
import dev.assistant.kit.account.AccountAccess;
import dev.assistant.kit.inbox.TransientFailureRetry;
import dev.assistant.search.document.DocumentIndexer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Indexes what users write in chat-service from its events (topic assistant.chat.events): memories,
 * messages and text files; removes them when deleted (a conversation's messages with the
 * conversation), and all of a user's documents when the user erased their account. Runs on the
 * "indexing" worker pool, several records at once (embedding is CPU-bound, the commit waits on the
 * database), so records may finish out of order: {@link DocumentIndexer} applies each event only if
 * nothing newer of its source was applied, which makes the outcome that of the events' own order.
 * Unknown event types are skipped, so chat-service can add events without breaking this consumer.
 */
@ApplicationScoped
public class ChatEventConsumer {

    @Inject DocumentIndexer indexer;

    @Inject TransientFailureRetry retry;

    @Inject AccountAccess access;

    private IndexingRoutes routes;

    @PostConstruct
    void declareRoutes() {
        routes =
                new IndexingRoutes(indexer, retry)
                        .indexes(ChatEvents.MEMORY_SAVED, ChatDocuments::memory)
                        .removes(
                                ChatEvents.MEMORY_DELETED,
                                MemoryDeleted::ownerId,
                                deleted -> ChatDocuments.memory(deleted.memoryId()))
                        .indexes(ChatEvents.MESSAGE_POSTED, ChatDocuments::message)
                        .indexes(ChatEvents.MESSAGE_EDITED, ChatDocuments::message)
                        .removes(
                                ChatEvents.MESSAGE_DELETED,
                                MessageDeleted::ownerId,
                                deleted -> ChatDocuments.message(deleted.messageId()))
                        // chat-service deletes a conversation's messages with it and announces
                        // only the conversation's deletion; its files stay (detached).
                        .removesContents(
                                ChatEvents.CONVERSATION_DELETED,
                                ConversationDeleted::ownerId,
                                deleted -> ChatDocuments.conversation(deleted.conversationId()))
                        .indexes(ChatEvents.FILE_UPLOADED, ChatDocuments::file)
                        .removes(
                                ChatEvents.FILE_DELETED,
                                FileDeleted::ownerId,
                                deleted -> ChatDocuments.file(deleted.fileId()))
                        .on(
                                ChatEvents.USER_DELETED,
                                (event, deleted) -> indexer.removeOwner(event, deleted.userId()))
                        .on(
                                ChatEvents.USER_ACCESS_CHANGED,
                                (event, change) -> access.applyOnce(event, change));
    }

    @Incoming("chat-events")
    @Blocking(value = "indexing", ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        routes.dispatch(record);
    }
}
