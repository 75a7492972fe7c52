package dev.assistant.chat.transcript;

import java.util.List;
import java.util.UUID;

import dev.assistant.chat.cache.CacheConfig;
import dev.assistant.chat.cache.CacheKeys;
import dev.assistant.chat.cache.ReadCache;
import dev.assistant.chat.conversation.Conversation;
import dev.assistant.chat.conversation.ConversationNotFoundException;
import dev.assistant.chat.conversation.ConversationRepository;
import dev.assistant.chat.message.Message;
import dev.assistant.chat.message.MessageRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads of a conversation together with its messages: opening it (with its recent messages) and
 * exporting it whole. Composes the conversation and message features; neither depends on this.
 */
@ApplicationScoped
public class TranscriptService {

    @Inject ConversationRepository conversations;

    @Inject MessageRepository messages;

    @Inject ReadCache cache;

    @Inject CacheConfig cacheConfig;

    /** Cached: the hottest read (opening a conversation). */
    public Uni<ConversationDetail> detail(String ownerId, UUID id, int recentMessages) {
        return cache.getOrLoad(
                CacheKeys.conversationVersion(id),
                CacheKeys.conversationDetail(ownerId, id, recentMessages),
                cacheConfig.conversationTtl(),
                ConversationDetail.class,
                () -> loadDetail(ownerId, id, recentMessages));
    }

    private Uni<ConversationDetail> loadDetail(String ownerId, UUID id, int recentMessages) {
        Uni<Conversation> conversation = conversations.find(ownerId, id);
        Uni<List<Message>> recent =
                recentMessages == 0
                        ? Uni.createFrom().item(List.of())
                        : messages.recent(ownerId, id, recentMessages);
        // Both queries at once, on two pooled connections: one round trip of latency.
        return Uni.combine()
                .all()
                .unis(conversation, recent)
                .asTuple()
                .map(
                        t -> {
                            if (t.getItem1() == null) {
                                throw new ConversationNotFoundException(id);
                            }
                            return ConversationDetail.from(t.getItem1(), t.getItem2());
                        });
    }

    /** The conversation and every one of its messages, in order. */
    public Uni<ConversationExport> export(String ownerId, UUID id) {
        return conversations
                .find(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new ConversationNotFoundException(id))
                .chain(c -> messages.all(ownerId, id).map(all -> ConversationExport.from(c, all)));
    }
}
