package dev.assistant.search.document;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import dev.assistant.kit.inbox.Inbox;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.search.chunking.Chunk;
import dev.assistant.search.chunking.StructuredChunker;
import dev.assistant.search.extract.ContentHash;
import dev.assistant.search.extract.DocumentFormat;
import dev.assistant.search.extract.TextExtractor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes a document another service announced searchable, or removes it (or all of an owner's),
 * exactly once per event: the inbox row and the effect commit in one transaction, so a re-delivered
 * event changes nothing. Late events change nothing either: each effect runs under its owner's lock
 * and applies only if no newer change, deletion or erasure of that source was applied before it
 * ({@link SourceVersionRepository}; the version is the event's time).
 */
@ApplicationScoped
public class DocumentIndexer {

    @Inject Inbox inbox;

    @Inject DocumentRepository documents;

    @Inject SourceVersionRepository versions;

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
        OffsetDateTime version = event.time();
        // A late event is recorded as processed without the cost of embedding it.
        if (versions.superseded(document, version).await().indefinitely()) {
            return await(inbox.once(event, tx -> Uni.createFrom().voidItem()));
        }
        byte[] text = document.text().getBytes(StandardCharsets.UTF_8);
        String sha256 = ContentHash.of(text);
        return embedding.embedAndStore(
                document.ownerId(),
                document.documentId(),
                chunks(document, text),
                embedded ->
                        inOwnersTurn(
                                event,
                                document.ownerId(),
                                tx ->
                                        versions.superseded(tx, document, version)
                                                .call(
                                                        superseded ->
                                                                superseded
                                                                        ? Uni.createFrom()
                                                                                .voidItem()
                                                                        : store(
                                                                                tx, document,
                                                                                sha256, version,
                                                                                embedded))));
    }

    /**
     * The source was deleted: its document goes, and a late change to it will not bring it back.
     * Returns false for a duplicate event.
     */
    public boolean remove(IncomingEvent event, String ownerId, SourceRef source) {
        return await(
                inOwnersTurn(
                        event,
                        ownerId,
                        tx ->
                                versions.recordDeletion(tx, ownerId, source, event.time())
                                        .chain(
                                                () ->
                                                        documents.deleteUpTo(
                                                                tx,
                                                                ownerId,
                                                                source,
                                                                event.time()))));
    }

    /**
     * A container was deleted with everything in it (a conversation with its messages): the
     * documents in it go, and a late change to any of them will not bring it back. Returns false
     * for a duplicate event.
     */
    public boolean removeContained(IncomingEvent event, String ownerId, SourceRef container) {
        return await(
                inOwnersTurn(
                        event,
                        ownerId,
                        tx ->
                                versions.recordDeletion(tx, ownerId, container, event.time())
                                        .chain(
                                                () ->
                                                        documents.deleteContainedUpTo(
                                                                tx,
                                                                ownerId,
                                                                container,
                                                                event.time()))));
    }

    /**
     * Erases everything indexed for the owner (a user erased their account). Returns false for a
     * duplicate event.
     */
    public boolean removeOwner(IncomingEvent event, String ownerId) {
        return await(
                inOwnersTurn(
                        event,
                        ownerId,
                        tx ->
                                documents
                                        .deleteOwner(tx, ownerId, event.time())
                                        .call(() -> versions.forgetOwner(tx, ownerId))));
    }

    /** Chunks of the text, read in the document's format. */
    private List<Chunk> chunks(SourceDocument document, byte[] text) {
        DocumentFormat format = DocumentFormat.of(document.mimeType());
        return chunker.chunk(extractor.extract(format, text).blocks());
    }

    private Uni<Void> store(
            SqlConnection tx,
            SourceDocument document,
            String sha256,
            OffsetDateTime version,
            EmbeddedChunks embedded) {
        return documents
                .upsert(tx, document, sha256, version)
                .call(() -> chunks.replace(tx, document.documentId(), document.ownerId(), embedded))
                .call(() -> versions.forgetDeletion(tx, document.ownerId(), document.ref()));
    }

    /** The event's inbox row and its effect, in one transaction holding the owner's lock. */
    private Uni<Boolean> inOwnersTurn(
            IncomingEvent event, String ownerId, Function<SqlConnection, Uni<?>> effect) {
        return inbox.once(
                event, tx -> versions.lockOwner(tx, ownerId).chain(() -> effect.apply(tx)));
    }

    private static boolean await(Uni<Boolean> applied) {
        return applied.await().indefinitely();
    }
}
