package dev.assistant.kit.account;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.assistant.events.chat.ChatEvents.UserAccessChanged;
import dev.assistant.kit.inbox.Inbox;
import dev.assistant.kit.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The suite-wide deactivation rule on the consuming side: chat-service owns accounts and announces
 * every change (user.access-changed); services that serve users keep the newest state per user in
 * {@code account_access} (DDL: event-contract's db/lib/inbox/2_account_access.sql) and refuse a
 * deactivated user's requests ({@link DeactivatedAccountFilter}). Lookups are cached per process
 * for {@code assistant.accounts.status-cache-ttl}, the same bound chat-service's own check has, and
 * for at most {@code assistant.accounts.status-cache-size} users (past it, expired entries go, and
 * if that is not enough, all of them: a cold lookup is one indexed query).
 */
@ApplicationScoped
public class AccountAccess {

    @Inject Pool pool;

    @ConfigProperty(name = "assistant.accounts.status-cache-ttl", defaultValue = "10s")
    Duration ttl;

    @ConfigProperty(name = "assistant.accounts.status-cache-size", defaultValue = "10000")
    int maxCached;

    private record Cached(boolean active, long until) {}

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject Inbox inbox;

    /**
     * A consumer's handling of user.access-changed: applied once, in the inbox's transaction.
     * Blocking.
     */
    public boolean applyOnce(IncomingEvent event, UserAccessChanged change) {
        return inbox.once(event, tx -> apply(tx, change)).await().indefinitely();
    }

    /**
     * Applies a change unless a newer one is already recorded; runs on the caller's transaction.
     */
    public Uni<Void> apply(SqlConnection tx, UserAccessChanged change) {
        cache.remove(change.userId());
        return tx.preparedQuery(
                        """
                        INSERT INTO account_access (user_id, active, changed_at) VALUES ($1, $2, $3)
                        ON CONFLICT (user_id) DO UPDATE SET active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
                        WHERE account_access.changed_at < EXCLUDED.changed_at""")
                .execute(
                        Tuple.of(
                                change.userId(),
                                change.active(),
                                change.changedAt().atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** Whether the user may be served (true unless a deactivation is recorded). */
    public Uni<Boolean> isActive(String userId) {
        long now = System.currentTimeMillis();
        Cached cached = cache.get(userId);
        if (cached != null && cached.until() > now) {
            return Uni.createFrom().item(cached.active());
        }
        return pool.preparedQuery("SELECT active FROM account_access WHERE user_id = $1")
                .execute(Tuple.of(userId))
                .map(rows -> rows.size() == 0 || rows.iterator().next().getBoolean("active"))
                .invoke(active -> remember(userId, new Cached(active, now + ttl.toMillis())));
    }

    private void remember(String userId, Cached entry) {
        if (cache.size() >= maxCached) {
            long now = System.currentTimeMillis();
            cache.values().removeIf(cached -> cached.until() <= now);
            if (cache.size() >= maxCached) {
                cache.clear();
            }
        }
        cache.put(userId, entry);
    }
}
