package dev.assistant.chat.message;

import java.util.List;
import java.util.UUID;

import dev.assistant.chat.cache.CacheKeys;
import dev.assistant.chat.cache.ReadCache;
import dev.assistant.chat.conversation.ConversationNotFoundException;
import dev.assistant.chat.conversation.ConversationRepository;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MessageDeleted;
import dev.assistant.events.chat.ChatEvents.MessageEdited;
import dev.assistant.kit.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Message use cases; every change and its event commit together. */
@ApplicationScoped
public class MessageService {

    @Inject Pool pool;

    @Inject MessageRepository messages;

    @Inject ConversationRepository conversations;

    @Inject Outbox outbox;

    @Inject ReadCache cache;

    public Uni<List<Message>> post(
            String ownerId, UUID conversationId, List<MessageRequest> requests) {
        return messages.post(ownerId, conversationId, requests)
                .invoke(
                        posted -> {
                            if (posted.isEmpty()) {
                                throw new ConversationNotFoundException(conversationId);
                            }
                        })
                .call(
                        () ->
                                cache.invalidate(
                                        CacheKeys.afterConversationChange(
                                                ownerId, conversationId)));
    }

    public Uni<MessagePage> page(
            String ownerId, UUID conversationId, Long after, Long before, int limit) {
        return messages.page(ownerId, conversationId, after, before, limit + 1)
                .chain(
                        found -> {
                            if (found.isEmpty()) {
                                // Empty: an empty page, or someone else's (or no) conversation?
                                return conversations
                                        .find(ownerId, conversationId)
                                        .onItem()
                                        .ifNull()
                                        .failWith(
                                                () ->
                                                        new ConversationNotFoundException(
                                                                conversationId))
                                        .replaceWith(new MessagePage(List.of(), null, null));
                            }
                            return Uni.createFrom().item(toPage(found, before != null, limit));
                        });
    }

    /** One row more than asked tells whether more lie in the reading direction. */
    private static MessagePage toPage(List<Message> found, boolean backwards, int limit) {
        boolean more = found.size() > limit;
        List<Message> items =
                !more
                        ? found
                        : backwards ? found.subList(1, found.size()) : found.subList(0, limit);
        long first = items.getFirst().sequence();
        long last = items.getLast().sequence();
        Long nextAfter = backwards || more ? last : null;
        Long nextBefore = first > 1 && (!backwards || more) ? first : null;
        return new MessagePage(
                items.stream().map(MessageResponse::from).toList(), nextAfter, nextBefore);
    }

    public Uni<Message> edit(String ownerId, UUID conversationId, UUID id, String content) {
        return pool.withTransaction(
                        tx ->
                                messages.edit(tx, ownerId, conversationId, id, content)
                                        .onItem()
                                        .ifNull()
                                        .failWith(() -> new MessageNotFoundException(id))
                                        .call(
                                                m ->
                                                        outbox.append(
                                                                tx,
                                                                ChatEvents.MESSAGE_EDITED,
                                                                new MessageEdited(
                                                                        id,
                                                                        conversationId,
                                                                        ownerId,
                                                                        m.sequence(),
                                                                        m.content()))))
                .call(
                        () ->
                                cache.invalidate(
                                        CacheKeys.afterConversationChange(
                                                ownerId, conversationId)));
    }

    public Uni<Void> delete(String ownerId, UUID conversationId, UUID id) {
        return pool.withTransaction(
                        tx ->
                                messages.delete(tx, ownerId, conversationId, id)
                                        .chain(
                                                deleted ->
                                                        deleted
                                                                ? outbox.append(
                                                                        tx,
                                                                        ChatEvents.MESSAGE_DELETED,
                                                                        new MessageDeleted(
                                                                                id,
                                                                                conversationId,
                                                                                ownerId))
                                                                : Uni.createFrom()
                                                                        .failure(
                                                                                new MessageNotFoundException(
                                                                                        id))))
                .call(
                        () ->
                                cache.invalidate(
                                        CacheKeys.afterConversationChange(
                                                ownerId, conversationId)));
    }
}
