package dev.assistant.search.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.assistant.kit.inbox.Inbox;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.search.chunking.StructuredChunker;
import dev.assistant.search.extract.ContentHash;
import dev.assistant.search.extract.DocumentFormat;
import dev.assistant.search.extract.TextExtractor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes a document another service announced searchable, or removes it (or all of an owner's),
 * exactly once per event: the inbox row and the effect commit in one transaction, so a re-delivered
 * event changes nothing.
 */
@ApplicationScoped
public class DocumentIndexer {

    @Inject Inbox inbox;

    @Inject DocumentRepository documents;

    @Inject ChunkRepository chunks;

    @Inject TextExtractor extractor;

    @Inject StructuredChunker chunker;

    @Inject ChunkEmbedding embedding;

    /**
     * Blocking (embeds on the calling thread): call from a worker thread. Returns false for a
     * duplicate.
     */
    public boolean index(IncomingEvent event, SourceDocument document) {
        if (inbox.alreadyProcessed(event.id()).await().indefinitely()) {
            return false;
        }
        byte[] text = document.text().getBytes(StandardCharsets.UTF_8);
        List<EmbeddedChunk> embedded =
                embedding.embed(
                        document.ownerId(),
                        document.documentId(),
                        chunker.chunk(extractor.extract(DocumentFormat.PLAIN_TEXT, text).blocks()));
        String sha256 = ContentHash.of(text);
        // A change the owner made before erasing their account stays erased, whenever it arrives.
        return inbox.once(
                        event,
                        tx ->
                                documents
                                        .erasedSince(tx, document.ownerId(), event.time())
                                        .call(
                                                erased ->
                                                        erased
                                                                ? Uni.createFrom().voidItem()
                                                                : documents
                                                                        .upsert(
                                                                                tx, document,
                                                                                sha256)
                                                                        .call(
                                                                                () ->
                                                                                        chunks
                                                                                                .replace(
                                                                                                        tx,
                                                                                                        document
                                                                                                                .documentId(),
                                                                                                        document
                                                                                                                .ownerId(),
                                                                                                        embedded,
                                                                                                        embedding
                                                                                                                .modelVersion()))))
                .await()
                .indefinitely();
    }

    /** Returns false for a duplicate event. */
    public boolean remove(IncomingEvent event, String ownerId, String source, String sourceRef) {
        return inbox.once(event, tx -> documents.delete(tx, ownerId, source, sourceRef))
                .await()
                .indefinitely();
    }

    /**
     * Erases everything indexed for the owner (a user erased their account). Returns false for a
     * duplicate event.
     */
    public boolean removeOwner(IncomingEvent event, String ownerId) {
        return inbox.once(event, tx -> documents.deleteOwner(tx, ownerId, event.time()))
                .await()
                .indefinitely();
    }
}
