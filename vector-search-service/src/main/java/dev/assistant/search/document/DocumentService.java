package dev.assistant.search.document;

import java.util.List;
import java.util.UUID;

import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetPage;
import dev.assistant.search.extract.ContentHash;
import dev.assistant.search.extract.DocumentFormat;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Uploaded documents: store, list, read, re-index, delete. Indexing is {@link IndexWorker}'s. */
@ApplicationScoped
public class DocumentService {

    @Inject Pool pool;

    @Inject DocumentRepository documents;

    @Inject ChunkRepository chunks;

    @Inject IndexWorker worker;

    /** What the client sent: the name and title are shown, the bytes decide the format. */
    public record Upload(String name, String title, byte[] content, List<String> tags) {}

    /** Stores the document as pending (its bytes included) and wakes the index worker. */
    public Uni<StoredDocument> upload(String ownerId, Upload upload) {
        // Sniffing and hashing up to 25 MB is CPU work: not on the event loop.
        return Uni.createFrom()
                .item(() -> analyse(upload))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(
                        newUpload ->
                                pool.withTransaction(
                                        tx ->
                                                documents.insertUpload(
                                                        tx, UUID.randomUUID(), ownerId, newUpload)))
                .invoke(stored -> worker.wake());
    }

    public Uni<StoredDocument> get(String ownerId, UUID id) {
        return documents
                .findUpload(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new DocumentNotFoundException(id));
    }

    /** Newest first; the cursor is the position (createdAt, id) of the page's last document. */
    public Uni<DocumentPage> page(String ownerId, String status, String cursor, int limit) {
        return documents
                .pageUploads(
                        ownerId, status, Cursor.decodeOrNull(cursor), KeysetPage.fetchSize(limit))
                .map(
                        found ->
                                DocumentPage.from(
                                        KeysetPage.of(
                                                found,
                                                limit,
                                                d -> new Cursor(d.createdAt(), d.id()))));
    }

    /** The original bytes. */
    public Uni<byte[]> content(String ownerId, UUID id) {
        return documents
                .content(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new DocumentNotFoundException(id));
    }

    /** Back to pending under a new generation; the worker indexes it again. */
    public Uni<StoredDocument> reindex(String ownerId, UUID id) {
        return documents
                .requestReindex(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new DocumentNotFoundException(id))
                .invoke(stored -> worker.wake());
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return documents
                .deleteUpload(ownerId, id)
                .invoke(
                        deleted -> {
                            if (!deleted) {
                                throw new DocumentNotFoundException(id);
                            }
                        })
                .replaceWithVoid();
    }

    /** The document's chunks after {@code afterPosition} (-1: from the start). */
    public Uni<ChunkPage> chunks(String ownerId, UUID id, int afterPosition, int limit) {
        return get(ownerId, id)
                .chain(() -> chunks.page(ownerId, id, afterPosition, limit + 1))
                .map(found -> ChunkPage.of(found, limit));
    }

    private static NewUpload analyse(Upload upload) {
        DocumentFormat format = DocumentFormat.detect(upload.content(), upload.name());
        if (format == null) {
            throw HttpProblem.builder()
                    .withStatus(415)
                    .withTitle("Unsupported Media Type")
                    .withDetail(
                            "file: the content is not plain text (UTF-8), Markdown, HTML or PDF")
                    .build();
        }
        return new NewUpload(
                upload.name(),
                upload.title(),
                format.mimeType(),
                upload.content(),
                ContentHash.of(upload.content()),
                upload.tags());
    }
}
