package dev.assistant.chat.file;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.FileDeleted;
import dev.assistant.events.chat.ChatEvents.FileUploaded;
import dev.assistant.kit.content.MimeSniffer;
import dev.assistant.kit.outbox.Outbox;
import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetPage;
import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** File use cases: the record, the content and the event commit together. */
@ApplicationScoped
public class FileService {

    /**
     * The metadata key migration-job's legacy import sets on a record whose content was not in the
     * legacy data (a generation sidecar whose image was gone): the record keeps the name, prompt
     * and parameters, and its content is stored as zero bytes.
     */
    public static final String CONTENT_MISSING = "contentMissing";

    @Inject Pool pool;

    @Inject FileRepository files;

    @Inject FileContentStore contents;

    @Inject Outbox outbox;

    public record Upload(
            String name, Buffer content, Map<String, Object> metadata, UUID conversationId) {}

    private record Analysis(String sha256, String mimeType) {}

    public Uni<StoredFile> upload(String ownerId, Upload upload) {
        // Hashing and sniffing 25 MB is CPU work: not on the event loop.
        return Uni.createFrom()
                .item(() -> analyse(upload.content().getBytes()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(
                        analysis ->
                                pool.withTransaction(
                                        tx ->
                                                contents.store(
                                                                tx,
                                                                ownerId,
                                                                analysis.sha256(),
                                                                upload.content())
                                                        .chain(
                                                                () ->
                                                                        files.insert(
                                                                                tx,
                                                                                new StoredFile(
                                                                                        UUID
                                                                                                .randomUUID(),
                                                                                        ownerId,
                                                                                        upload
                                                                                                .name(),
                                                                                        analysis
                                                                                                .mimeType(),
                                                                                        upload.content()
                                                                                                .length(),
                                                                                        analysis
                                                                                                .sha256(),
                                                                                        upload
                                                                                                .metadata(),
                                                                                        upload
                                                                                                .conversationId(),
                                                                                        null)))
                                                        .onItem()
                                                        .ifNull()
                                                        .failWith(
                                                                () ->
                                                                        InvalidField.of(
                                                                                "conversationId",
                                                                                "body",
                                                                                "no such conversation"))
                                                        .call(
                                                                stored ->
                                                                        outbox.append(
                                                                                tx,
                                                                                ChatEvents
                                                                                        .FILE_UPLOADED,
                                                                                uploadedEvent(
                                                                                        stored,
                                                                                        upload
                                                                                                .content())))));
    }

    public Uni<StoredFile> get(String ownerId, UUID id) {
        return files.find(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new FileNotFoundException(id));
    }

    /** Newest first; the cursor is the position (createdAt, id) of the page's last file. */
    public Uni<FilePage> page(String ownerId, UUID conversationId, String cursor, int limit) {
        return files.page(
                        ownerId,
                        conversationId,
                        Cursor.decodeOrNull(cursor),
                        KeysetPage.fetchSize(limit))
                .map(
                        found ->
                                FilePage.from(
                                        KeysetPage.of(
                                                found,
                                                limit,
                                                f -> new Cursor(f.createdAt(), f.id()))));
    }

    /** Whether the file is a record without content (see {@link #CONTENT_MISSING}). */
    public static boolean contentMissing(StoredFile file) {
        return file.sizeBytes() == 0 && Boolean.TRUE.equals(file.metadata().get(CONTENT_MISSING));
    }

    /** The bytes; null when the content is gone (deleted meanwhile). */
    public Uni<Buffer> read(StoredFile file, ByteRange range) {
        long offset = range == null ? 0 : range.first();
        long length = range == null ? file.sizeBytes() : range.length();
        return contents.read(file.ownerId(), file.sha256(), offset, length);
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                        tx ->
                                files.delete(tx, ownerId, id)
                                        .onItem()
                                        .ifNull()
                                        .failWith(() -> new FileNotFoundException(id))
                                        .call(
                                                deleted ->
                                                        contents.releaseIfUnused(
                                                                tx, ownerId, deleted.sha256()))
                                        .call(
                                                deleted ->
                                                        outbox.append(
                                                                tx,
                                                                ChatEvents.FILE_DELETED,
                                                                new FileDeleted(id, ownerId))))
                .replaceWithVoid();
    }

    private static Analysis analyse(byte[] bytes) {
        try {
            String sha =
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new Analysis(sha, MimeSniffer.sniff(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static FileUploaded uploadedEvent(StoredFile f, Buffer content) {
        String text =
                FileUploaded.carriesText(f.mimeType(), f.sizeBytes())
                        ? content.toString(StandardCharsets.UTF_8)
                        : null;
        return new FileUploaded(
                f.id(),
                f.ownerId(),
                f.name(),
                f.mimeType(),
                f.sizeBytes(),
                f.sha256(),
                f.conversationId(),
                f.metadata(),
                text);
    }
}
