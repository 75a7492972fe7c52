package dev.assistant.chat.conversation;

import java.util.Map;
import java.util.UUID;

import dev.assistant.chat.cache.CacheConfig;
import dev.assistant.chat.cache.CacheKeys;
import dev.assistant.chat.cache.ReadCache;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.ConversationDeleted;
import dev.assistant.events.chat.ChatEvents.ConversationState;
import dev.assistant.kit.outbox.Outbox;
import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetPage;
import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Conversation use cases; every change and its event commit together. */
@ApplicationScoped
public class ConversationService {

    /** Metadata is for small annotations, not payloads. */
    static final int MAX_METADATA_BYTES = 64 * 1024;

    @Inject Pool pool;

    @Inject ConversationRepository conversations;

    @Inject Outbox outbox;

    @Inject ReadCache cache;

    @Inject CacheConfig cacheConfig;

    public Uni<Conversation> create(String ownerId, ConversationCreate request) {
        checkMetadata(request.metadata());
        return pool.withTransaction(
                        tx ->
                                conversations
                                        .insert(tx, UUID.randomUUID(), ownerId, request)
                                        .call(
                                                c ->
                                                        outbox.append(
                                                                tx,
                                                                ChatEvents.CONVERSATION_CREATED,
                                                                state(c))))
                .call(c -> cache.invalidate(CacheKeys.afterConversationChange(ownerId, c.id())));
    }

    /**
     * The first page without filters is cached (what every client opens with); the rest reads
     * PostgreSQL.
     */
    public Uni<ConversationPage> page(
            String ownerId, ConversationFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decodeOrNull(cursor);
        boolean firstPlainPage =
                after == null && filter.equals(new ConversationFilter(null, null, null, null));
        if (firstPlainPage) {
            return cache.getOrLoad(
                    CacheKeys.ownerVersion(ownerId),
                    CacheKeys.firstListPage(ownerId, limit),
                    cacheConfig.listTtl(),
                    ConversationPage.class,
                    () -> loadPage(ownerId, filter, null, limit));
        }
        return loadPage(ownerId, filter, after, limit);
    }

    /** The cursor is the position (updatedAt, id) of the page's last conversation. */
    private Uni<ConversationPage> loadPage(
            String ownerId, ConversationFilter filter, Cursor after, int limit) {
        return conversations
                .page(ownerId, filter, after, KeysetPage.fetchSize(limit))
                .map(
                        found ->
                                ConversationPage.from(
                                        KeysetPage.of(
                                                found,
                                                limit,
                                                c -> new Cursor(c.updatedAt(), c.id()))));
    }

    public Uni<Conversation> update(String ownerId, UUID id, ConversationPatch patch) {
        checkMetadata(patch.metadata());
        return pool.withTransaction(
                        tx ->
                                conversations
                                        .update(tx, ownerId, id, patch)
                                        .onItem()
                                        .ifNull()
                                        .failWith(() -> new ConversationNotFoundException(id))
                                        .call(
                                                c ->
                                                        outbox.append(
                                                                tx,
                                                                ChatEvents.CONVERSATION_UPDATED,
                                                                state(c))))
                .call(c -> cache.invalidate(CacheKeys.afterConversationChange(ownerId, id)));
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                        tx ->
                                conversations
                                        .delete(tx, ownerId, id)
                                        .chain(
                                                deleted ->
                                                        deleted
                                                                ? outbox.append(
                                                                        tx,
                                                                        ChatEvents
                                                                                .CONVERSATION_DELETED,
                                                                        new ConversationDeleted(
                                                                                id, ownerId))
                                                                : Uni.createFrom()
                                                                        .failure(
                                                                                new ConversationNotFoundException(
                                                                                        id))))
                .call(() -> cache.invalidate(CacheKeys.afterConversationChange(ownerId, id)));
    }

    /** A new conversation with copies of the messages up to and including {@code fromSequence}. */
    public Uni<Conversation> branch(String ownerId, UUID sourceId, BranchRequest request) {
        return conversations
                .find(ownerId, sourceId)
                .onItem()
                .ifNull()
                .failWith(() -> new ConversationNotFoundException(sourceId))
                .invoke(
                        source -> {
                            if (request.fromSequence() > source.lastSequence()) {
                                throw InvalidField.of(
                                        "fromSequence",
                                        "body",
                                        "the conversation has no message "
                                                + request.fromSequence());
                            }
                        })
                .chain(
                        source ->
                                pool.withTransaction(
                                        tx ->
                                                conversations
                                                        .branch(
                                                                tx,
                                                                ownerId,
                                                                sourceId,
                                                                UUID.randomUUID(),
                                                                request.title(),
                                                                request.fromSequence())
                                                        .onItem()
                                                        .ifNull()
                                                        .failWith(
                                                                () ->
                                                                        new ConversationNotFoundException(
                                                                                sourceId))
                                                        .call(
                                                                c ->
                                                                        outbox.append(
                                                                                tx,
                                                                                ChatEvents
                                                                                        .CONVERSATION_CREATED,
                                                                                state(c)))))
                .call(c -> cache.invalidate(CacheKeys.afterConversationChange(ownerId, c.id())));
    }

    private static ConversationState state(Conversation c) {
        return new ConversationState(
                c.id(),
                c.ownerId(),
                c.title(),
                c.tags(),
                c.archived(),
                c.pinned(),
                c.parentId(),
                c.updatedAt().toInstant());
    }

    private static void checkMetadata(Map<String, Object> metadata) {
        if (metadata != null && new JsonObject(metadata).encode().length() > MAX_METADATA_BYTES) {
            throw InvalidField.of(
                    "metadata", "body", "larger than " + MAX_METADATA_BYTES / 1024 + " KiB");
        }
    }
}
