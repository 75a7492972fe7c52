package dev.assistant.chat.memory;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MemoryDeleted;
import dev.assistant.kit.outbox.Outbox;
import java.util.List;
import java.util.UUID;

import dev.assistant.chat.paging.Cursor;
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

    @Inject
    Pool pool;

    @Inject
    MemoryRepository repository;

    @Inject
    MemoryMapper mapper;

    @Inject
    Outbox outbox;

    public Uni<Memory> create(String ownerId, MemoryRequest request) {
        UUID id = UUID.randomUUID();
        return pool.withTransaction(tx -> repository.insert(tx, id, ownerId, request)
                        .call(saved -> outbox.append(tx, ChatEvents.MEMORY_SAVED, mapper.toSavedEvent(saved))));
    }

    public Uni<Memory> replace(String ownerId, UUID id, MemoryRequest request) {
        return pool.withTransaction(tx -> repository.update(tx, ownerId, id, request)
                        .onItem().ifNull().failWith(() -> new MemoryNotFoundException(id))
                        .call(saved -> outbox.append(tx, ChatEvents.MEMORY_SAVED, mapper.toSavedEvent(saved))));
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(tx -> repository.delete(tx, ownerId, id)
                        .chain(deleted -> deleted
                                ? outbox.append(tx, ChatEvents.MEMORY_DELETED, new MemoryDeleted(id, ownerId))
                                : Uni.createFrom().failure(new MemoryNotFoundException(id))));
    }

    public Uni<Memory> get(String ownerId, UUID id) {
        return repository.find(ownerId, id).onItem().ifNull().failWith(() -> new MemoryNotFoundException(id));
    }

    /** Fetches one row more than asked to know whether a next page exists. */
    public Uni<MemoryPage> page(String ownerId, MemoryFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decodeOrNull(cursor);
        return repository.page(ownerId, filter, after, limit + 1).map(memories -> {
            boolean more = memories.size() > limit;
            List<Memory> items = more ? memories.subList(0, limit) : memories;
            String next = more ? new Cursor(items.getLast().createdAt(), items.getLast().id()).encode() : null;
            return new MemoryPage(items.stream().map(mapper::toResponse).toList(), next);
        });
    }
}
