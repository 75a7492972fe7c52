package dev.assistant.chat.user;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.assistant.kit.problem.InvalidField;
import dev.assistant.kit.security.CurrentUser;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller, as every chat use case needs them: authenticated (the token's {@code sub}), with a
 * profile (created from the token's claims on first sight), and not deactivated (403 otherwise).
 * The active flag is cached per process for a few seconds so most requests cost no query; a
 * deactivation by an admin of this replica applies at once, elsewhere within that time.
 */
@RequestScoped
public class ActiveUser {

    @Inject CurrentUser currentUser;

    @Inject JsonWebToken token;

    @Inject UserRepository users;

    @Inject StatusCache cache;

    /** The caller's user id, once known to be active. */
    public Uni<String> id() {
        String id = currentUser.id();
        Boolean active = cache.get(id);
        if (active != null) {
            return active ? Uni.createFrom().item(id) : Uni.createFrom().failure(deactivated());
        }
        return users.upsertFromToken(id, username(id), text("email"), displayName(id))
                .map(
                        profile -> {
                            cache.put(id, profile.active());
                            if (!profile.active()) {
                                throw deactivated();
                            }
                            return id;
                        });
    }

    private String username(String id) {
        String preferred = text("preferred_username");
        return preferred != null && !preferred.isBlank()
                ? preferred
                : token.getName() != null ? token.getName() : id;
    }

    private String displayName(String id) {
        String name = text("name");
        return name != null && !name.isBlank() ? name : username(id);
    }

    /**
     * A text claim, checked like any stored text; a claim of another JSON type is a 400 naming it.
     */
    private String text(String claim) {
        Object value = token.getClaim(claim);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString json) {
            value = json.getString();
        }
        if (value instanceof String text) {
            return CurrentUser.claim(claim, text);
        }
        throw InvalidField.of(claim, "token", "must be a string");
    }

    private static HttpProblem deactivated() {
        return HttpProblem.builder()
                .withStatus(403)
                .withTitle("Forbidden")
                .withDetail("this account is deactivated")
                .build();
    }

    /** Per-process cache of users' active flag. */
    @ApplicationScoped
    public static class StatusCache {

        @ConfigProperty(name = "assistant.users.status-cache-ttl", defaultValue = "10s")
        Duration ttl;

        private final Map<String, Entry> entries = new ConcurrentHashMap<>();

        private record Entry(boolean active, long expiresAt) {}

        Boolean get(String id) {
            Entry entry = entries.get(id);
            if (entry == null || entry.expiresAt() < System.nanoTime()) {
                return null;
            }
            return entry.active();
        }

        void put(String id, boolean active) {
            if (entries.size() > 100_000) {
                entries.clear(); // bounded: a full cache simply starts over
            }
            entries.put(id, new Entry(active, System.nanoTime() + ttl.toNanos()));
        }

        public void forget(String id) {
            entries.remove(id);
        }
    }
}
