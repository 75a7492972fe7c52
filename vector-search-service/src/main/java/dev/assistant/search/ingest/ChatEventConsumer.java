package dev.assistant.search.ingest;

import java.util.Map;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.kit.account.AccountAccess;
import dev.assistant.kit.inbox.EventRoutes;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.kit.inbox.TransientFailureRetry;
import dev.assistant.search.document.DocumentIndexer;
import dev.assistant.search.document.SourceDocument;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Indexes chat memories from chat-service's events (topic assistant.chat.events), and erases all of
 * a user's documents when the user erased their account. Runs on a worker thread, one record at a
 * time per partition, because embedding is CPU-bound. Unknown event types are skipped, so
 * chat-service can add events without breaking this consumer.
 */
@ApplicationScoped
public class ChatEventConsumer {

    static final String SOURCE_MEMORY = "chat.memory";

    @Inject DocumentIndexer indexer;

    @Inject TransientFailureRetry retry;

    @Inject AccountAccess access;

    private final EventRoutes routes =
            new EventRoutes()
                    .on(
                            ChatEvents.MEMORY_SAVED,
                            (event, memory) -> indexer.index(event, toDocument(memory)))
                    .on(
                            ChatEvents.MEMORY_DELETED,
                            (event, deleted) ->
                                    indexer.remove(
                                            event,
                                            deleted.ownerId(),
                                            SOURCE_MEMORY,
                                            deleted.memoryId().toString()))
                    .on(
                            ChatEvents.USER_DELETED,
                            (event, deleted) -> indexer.removeOwner(event, deleted.userId()))
                    .on(
                            ChatEvents.USER_ACCESS_CHANGED,
                            (event, change) -> access.applyOnce(event, change));

    @Incoming("chat-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        routes.dispatch(IncomingEvent.from(record), retry);
    }

    private static SourceDocument toDocument(MemorySaved memory) {
        String text = memory.title() + "\n\n" + (memory.content() == null ? "" : memory.content());
        Map<String, Object> metadata =
                Map.of("importance", memory.importance(), "tags", memory.tags());
        return new SourceDocument(
                memory.ownerId(),
                SOURCE_MEMORY,
                memory.memoryId().toString(),
                memory.title(),
                "text/plain",
                text,
                metadata);
    }
}
