package dev.assistant.search.ingest;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.assistant.search.document.DocumentIndexer;
import dev.assistant.search.document.SourceDocument;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Indexes chat memories from chat-service's events (topic assistant.chat.events). Runs on a worker
 * thread, one record at a time per partition, because embedding is CPU-bound. Unknown event types
 * are skipped, so chat-service can add events without breaking this consumer.
 */
@ApplicationScoped
public class ChatEventConsumer {

    private static final Logger LOG = Logger.getLogger(ChatEventConsumer.class);
    static final String MEMORY_SAVED = "dev.assistant.chat.memory.saved.v1";
    static final String MEMORY_DELETED = "dev.assistant.chat.memory.deleted.v1";
    static final String SOURCE_MEMORY = "chat.memory";

    @Inject
    DocumentIndexer indexer;

    @Inject
    TransientFailureRetry retry;

    @Incoming("chat-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        switch (event.type()) {
            case MEMORY_SAVED -> retry.run(event, () -> indexMemory(event));
            case MEMORY_DELETED -> retry.run(event, () -> indexer.remove(event.id(), event.type(),
                    event.require("ownerId"), SOURCE_MEMORY, event.require("memoryId")));
            default -> LOG.debugf("skipping event type %s (%s)", event.type(), event.id());
        }
    }

    private boolean indexMemory(IncomingEvent event) {
        var data = event.data();
        String title = event.require("title");
        String text = title + "\n\n" + data.getString("content", "");
        Map<String, Object> metadata = Map.of(
                "importance", data.getInteger("importance", 5),
                "tags", data.getJsonArray("tags", new io.vertx.core.json.JsonArray()).getList());
        SourceDocument document = new SourceDocument(event.require("ownerId"), SOURCE_MEMORY, event.require("memoryId"),
                title, "text/plain", text, metadata);
        return indexer.index(event.id(), event.type(), document);
    }

}
