package dev.assistant.search.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.assistant.kit.inbox.Inbox;
import dev.assistant.kit.inbox.IncomingEvent;
import dev.assistant.search.chunking.TextChunker;
import dev.assistant.search.embedding.Embedder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes a document searchable, or removes it (or all of an owner's), exactly once per event: the
 * inbox row and the effect commit in one transaction, so a re-delivered event changes nothing.
 */
@ApplicationScoped
public class DocumentIndexer {

    @Inject Inbox inbox;

    @Inject DocumentRepository documents;

    @Inject TextChunker chunker;

    @Inject Embedder embedder;

    /**
     * Blocking (embeds on the calling thread): call from a worker thread. Returns false for a
     * duplicate.
     */
    public boolean index(IncomingEvent event, SourceDocument document) {
        if (inbox.alreadyProcessed(event.id()).await().indefinitely()) {
            return false;
        }
        List<EmbeddedChunk> chunks = embed(document.text());
        String sha256 = sha256(document.text());
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
                                                                : documents.save(
                                                                        tx,
                                                                        document,
                                                                        sha256,
                                                                        chunks,
                                                                        embedder.modelVersion())))
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

    private List<EmbeddedChunk> embed(String text) {
        List<String> pieces = chunker.chunk(text);
        List<float[]> vectors = pieces.isEmpty() ? List.of() : embedder.embedAll(pieces);
        List<EmbeddedChunk> chunks = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            chunks.add(
                    new EmbeddedChunk(
                            i, piece, sha256(piece), approximateTokens(piece), vectors.get(i)));
        }
        return chunks;
    }

    /** Whitespace-separated words: a cheap, model-independent size measure for statistics. */
    private static int approximateTokens(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
