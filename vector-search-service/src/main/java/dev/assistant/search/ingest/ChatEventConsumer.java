package dev.assistant.search.ingest;

import java.util.Map;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MemoryDeleted;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.events.chat.ChatEvents.UserAccessChanged;
import dev.assistant.events.chat.ChatEvents.UserDeleted;
import dev.assistant.kit.account.AccountAccess;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.kit.inbox.TransientFailureRetry;
import dev.assistant.search.document.DocumentIndexer;
import dev.assistant.search.document.SourceDocument;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Indexes chat memories from chat-service's events (topic assistant.chat.events), and erases all of
 * a user's documents when the user erased their account. Runs on a worker thread, one record at a
 * time per partition, because embedding is CPU-bound. Unknown event types are skipped, so
 * chat-service can add events without breaking this consumer.
 */
@ApplicationScoped
public class ChatEventConsumer {

    private static final Logger LOG = Logger.getLogger(ChatEventConsumer.class);
    static final String SOURCE_MEMORY = "chat.memory";

    @Inject DocumentIndexer indexer;

    @Inject TransientFailureRetry retry;

    @Inject AccountAccess access;

    @Incoming("chat-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.type().equals(ChatEvents.MEMORY_SAVED.name())) {
            MemorySaved memory = event.payload(ChatEvents.MEMORY_SAVED);
            retry.run(event, () -> indexer.index(event, toDocument(memory)));
        } else if (event.type().equals(ChatEvents.MEMORY_DELETED.name())) {
            MemoryDeleted deleted = event.payload(ChatEvents.MEMORY_DELETED);
            retry.run(
                    event,
                    () ->
                            indexer.remove(
                                    event,
                                    deleted.ownerId(),
                                    SOURCE_MEMORY,
                                    deleted.memoryId().toString()));
        } else if (event.type().equals(ChatEvents.USER_DELETED.name())) {
            UserDeleted deleted = event.payload(ChatEvents.USER_DELETED);
            retry.run(event, () -> indexer.removeOwner(event, deleted.userId()));
        } else if (event.type().equals(ChatEvents.USER_ACCESS_CHANGED.name())) {
            UserAccessChanged change = event.payload(ChatEvents.USER_ACCESS_CHANGED);
            retry.run(event, () -> access.applyOnce(event, change));
        } else {
            LOG.debugf("skipping event type %s (%s)", event.type(), event.id());
        }
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
