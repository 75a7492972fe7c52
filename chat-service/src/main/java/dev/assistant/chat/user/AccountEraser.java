package dev.assistant.chat.user;

import dev.assistant.events.chat.ChatEvents.UserDeleted;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.kit.outbox.Outbox;
import java.util.ArrayList;
import java.util.List;

import dev.assistant.chat.cache.CacheKeys;
import dev.assistant.chat.cache.ReadCache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Erases everything chat-service holds for a user, in one transaction, and announces UserDeleted
 * so every other service erases its part. The identity itself belongs to the issuer: a later
 * request with a valid token starts a fresh, empty profile.
 */
@ApplicationScoped
public class AccountEraser {

    private static final String[] ERASE = {
            "DELETE FROM files WHERE owner_id = $1",
            "DELETE FROM file_contents WHERE owner_id = $1",
            "DELETE FROM memories WHERE owner_id = $1",
            "DELETE FROM users WHERE id = $1"};

    @Inject
    Pool pool;

    @Inject
    Outbox outbox;

    @Inject
    ActiveUser.StatusCache statusCache;

    @Inject
    ReadCache cache;

    public Uni<Void> erase(String userId) {
        List<String> versions = new ArrayList<>(List.of(CacheKeys.ownerVersion(userId)));
        return pool.withTransaction(tx -> {
            // The erased conversations' cached views must go too: collect their ids as they go.
            Uni<Void> chain = tx.preparedQuery("DELETE FROM conversations WHERE owner_id = $1 RETURNING id").execute(Tuple.of(userId))
                    .invoke(rows -> rows.forEach(r -> versions.add(CacheKeys.conversationVersion(r.getUUID("id")))))
                    .replaceWithVoid();
            for (String sql : ERASE) {
                chain = chain.chain(() -> tx.preparedQuery(sql).execute(Tuple.of(userId)).replaceWithVoid());
            }
            return chain.chain(() -> outbox.append(tx, ChatEvents.USER_DELETED, new UserDeleted(userId)));
        }).call(() -> cache.invalidate(versions)).invoke(() -> statusCache.forget(userId));
    }
}
