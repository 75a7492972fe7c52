package dev.assistant.chat.memory;

import java.util.List;
import java.util.UUID;

import dev.assistant.chat.outbox.ChatEventTypes;
import dev.assistant.chat.paging.Cursor;
import dev.assistant.chat.outbox.OutboxEvent;
import dev.assistant.chat.outbox.OutboxRelay;
import dev.assistant.chat.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Memory use cases. Each change and its event are written in one transaction; the relay is
 * nudged once the transaction has committed, so the event leaves within milliseconds.
 */
@ApplicationScoped
public class MemoryService {

    private static final String AGGREGATE = "memory";

    @Inject
    Pool pool;

    @Inject
    MemoryRepository repository;

    @Inject
    MemoryMapper mapper;

    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

    public Uni<Memory> create(String ownerId, MemoryRequest request) {
        UUID id = UUID.randomUUID();
        return pool.withTransaction(tx -> repository.insert(tx, id, ownerId, request)
                        .call(saved -> outbox.append(tx, savedEvent(saved))))
                .invoke(relay::nudge);
    }

    public Uni<Memory> replace(String ownerId, UUID id, MemoryRequest request) {
        return pool.withTransaction(tx -> repository.update(tx, ownerId, id, request)
                        .onItem().ifNull().failWith(() -> new MemoryNotFoundException(id))
                        .call(saved -> outbox.append(tx, savedEvent(saved))))
                .invoke(relay::nudge);
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(tx -> repository.delete(tx, ownerId, id)
                        .chain(deleted -> deleted
                                ? outbox.append(tx, OutboxEvent.of(ChatEventTypes.MEMORY_DELETED, AGGREGATE, id, ownerId,
                                        mapper.toDeletedEvent(ownerId, id)))
                                : Uni.createFrom().failure(new MemoryNotFoundException(id))))
                .invoke(relay::nudge);
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

    private OutboxEvent savedEvent(Memory memory) {
        return OutboxEvent.of(ChatEventTypes.MEMORY_SAVED, AGGREGATE, memory.id(), memory.ownerId(), mapper.toSavedEvent(memory));
    }
}
