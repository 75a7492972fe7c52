package dev.assistant.chat.memory;

import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MemoryDeleted;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.kit.outbox.Outbox;
import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetPage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Memory use cases. Each change and its event are written in one transaction; the outbox relay
 * publishes the event once the transaction has committed.
 */
@ApplicationScoped
public class MemoryService {

    @Inject Pool pool;

    @Inject MemoryRepository repository;

    @Inject Outbox outbox;

    public Uni<Memory> create(String ownerId, MemoryRequest request) {
        UUID id = UUID.randomUUID();
        return pool.withTransaction(
                tx ->
                        repository
                                .insert(tx, id, ownerId, request)
                                .call(
                                        saved ->
                                                outbox.append(
                                                        tx,
                                                        ChatEvents.MEMORY_SAVED,
                                                        savedEvent(saved))));
    }

    public Uni<Memory> replace(String ownerId, UUID id, MemoryRequest request) {
        return pool.withTransaction(
                tx ->
                        repository
                                .update(tx, ownerId, id, request)
                                .onItem()
                                .ifNull()
                                .failWith(() -> new MemoryNotFoundException(id))
                                .call(
                                        saved ->
                                                outbox.append(
                                                        tx,
                                                        ChatEvents.MEMORY_SAVED,
                                                        savedEvent(saved))));
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        repository
                                .delete(tx, ownerId, id)
                                .chain(
                                        deleted ->
                                                deleted
                                                        ? outbox.append(
                                                                tx,
                                                                ChatEvents.MEMORY_DELETED,
                                                                new MemoryDeleted(id, ownerId))
                                                        : Uni.createFrom()
                                                                .failure(
                                                                        new MemoryNotFoundException(
                                                                                id))));
    }

    public Uni<Memory> get(String ownerId, UUID id) {
        return repository
                .find(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new MemoryNotFoundException(id));
    }

    /** Newest first; the cursor is the position (createdAt, id) of the page's last memory. */
    public Uni<MemoryPage> page(String ownerId, MemoryFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decodeOrNull(cursor);
        return repository
                .page(ownerId, filter, after, KeysetPage.fetchSize(limit))
                .map(
                        found ->
                                MemoryPage.from(
                                        KeysetPage.of(
                                                found,
                                                limit,
                                                m -> new Cursor(m.createdAt(), m.id()))));
    }

    private static MemorySaved savedEvent(Memory m) {
        return new MemorySaved(
                m.id(),
                m.ownerId(),
                m.title(),
                m.content(),
                m.importance(),
                m.tags(),
                m.createdAt().toInstant(),
                m.updatedAt().toInstant());
    }
}
