package dev.assistant.chat.user;

import java.util.ArrayList;
import java.util.List;

import dev.assistant.chat.cache.CacheKeys;
import dev.assistant.chat.cache.ReadCache;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.UserDeleted;
import dev.assistant.kit.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Erases everything chat-service holds for a user, in one transaction, and announces UserDeleted so
 * every other service erases its part. The identity itself belongs to the issuer: a later request
 * with a valid token starts a fresh, empty profile.
 */
@ApplicationScoped
public class AccountEraser {

    @Inject Pool pool;

    @Inject AccountRepository account;

    @Inject Outbox outbox;

    @Inject ActiveUser.StatusCache statusCache;

    @Inject ReadCache cache;

    public Uni<Void> erase(String userId) {
        List<String> versions = new ArrayList<>(List.of(CacheKeys.ownerVersion(userId)));
        return pool.withTransaction(
                        tx ->
                                account.erase(tx, userId)
                                        // The erased conversations' cached views must go too.
                                        .invoke(
                                                conversationIds ->
                                                        conversationIds.forEach(
                                                                id ->
                                                                        versions.add(
                                                                                CacheKeys
                                                                                        .conversationVersion(
                                                                                                id))))
                                        .chain(
                                                () ->
                                                        outbox.append(
                                                                tx,
                                                                ChatEvents.USER_DELETED,
                                                                new UserDeleted(userId))))
                .call(() -> cache.invalidate(versions))
                .invoke(() -> statusCache.forget(userId));
    }
}
