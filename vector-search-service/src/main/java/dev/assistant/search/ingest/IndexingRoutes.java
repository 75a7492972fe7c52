package dev.assistant.search.ingest;

import java.util.function.BiPredicate;
import java.util.function.Function;

import dev.assistant.events.EventType;
import dev.assistant.kit.inbox.EventRoutes;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.kit.inbox.TransientFailureRetry;
import dev.assistant.search.document.DocumentIndexer;
import dev.assistant.search.document.SourceDocument;
import dev.assistant.search.document.SourceRef;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One topic's event types and what each does to the index, in one table; each consumer declares its
 * own. Every effect goes through {@link DocumentIndexer} (inbox, owner lock, versions and
 * tombstones) and {@link TransientFailureRetry}; a record that is no readable event of the contract
 * is thrown back as poison, so the channel's failure strategy dead-letters it and moves on.
 */
final class IndexingRoutes {

    private final EventRoutes routes = new EventRoutes();
    private final DocumentIndexer indexer;
    private final TransientFailureRetry retry;

    IndexingRoutes(DocumentIndexer indexer, TransientFailureRetry retry) {
        this.indexer = indexer;
        this.retry = retry;
    }

    /**
     * The event carries the source's new state: its document is (re)indexed; a mapping that gives
     * null (nothing searchable, e.g. a binary file) skips the event.
     */
    <P extends Record> IndexingRoutes indexes(
            EventType<P> type, Function<P, SourceDocument> toDocument) {
        routes.on(
                type,
                (event, payload) -> {
                    SourceDocument document = toDocument.apply(payload);
                    return document != null && indexer.index(event, document);
                });
        return this;
    }

    /** The event deletes the source: its document goes. */
    <P extends Record> IndexingRoutes removes(
            EventType<P> type, Function<P, String> owner, Function<P, SourceRef> source) {
        routes.on(
                type,
                (event, payload) ->
                        indexer.remove(event, owner.apply(payload), source.apply(payload)));
        return this;
    }

    /** The event deletes a container with its contents: the documents in it go. */
    <P extends Record> IndexingRoutes removesContents(
            EventType<P> type, Function<P, String> owner, Function<P, SourceRef> container) {
        routes.on(
                type,
                (event, payload) ->
                        indexer.removeContained(
                                event, owner.apply(payload), container.apply(payload)));
        return this;
    }

    /** Any other effect (erasure, account access). */
    <P extends Record> IndexingRoutes on(EventType<P> type, BiPredicate<IncomingEvent, P> effect) {
        routes.on(type, effect);
        return this;
    }

    void dispatch(ConsumerRecord<String, String> record) {
        routes.dispatch(IncomingEvent.from(record), retry);
    }
}
