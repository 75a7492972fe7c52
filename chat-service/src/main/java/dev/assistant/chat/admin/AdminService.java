package dev.assistant.chat.admin;

import java.util.List;

import dev.assistant.chat.user.ActiveUser;
import dev.assistant.chat.user.UserProfile;
import dev.assistant.chat.user.UserRepository;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.UserAccessChanged;
import dev.assistant.kit.outbox.Outbox;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Administrators' use cases: any user's profile and active flag, counts, and the database's health.
 */
@ApplicationScoped
public class AdminService {

    @Inject Pool pool;

    @Inject Outbox outbox;

    @Inject UserRepository users;

    @Inject AdminRepository repository;

    @Inject ActiveUser.StatusCache statusCache;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size", defaultValue = "20")
    int poolMaxSize;

    /** By username, after {@code afterUsername}; the query matches id or username. */
    public Uni<List<UserProfile>> searchUsers(String query, String afterUsername, int limit) {
        return users.search(query, afterUsername, limit);
    }

    public Uni<UserProfile> user(String id) {
        return users.find(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /**
     * Deactivates a user, but never the caller: an admin who could lock themselves out could leave
     * the suite without any admin (409 instead).
     */
    public Uni<UserProfile> deactivate(String adminId, String id) {
        if (adminId.equals(id)) {
            return Uni.createFrom()
                    .failure(
                            HttpProblem.builder()
                                    .withStatus(409)
                                    .withTitle("Conflict")
                                    .withDetail(
                                            "an admin cannot deactivate their own account; ask another admin")
                                    .build());
        }
        return setActive(id, false);
    }

    /**
     * A deactivated user's requests get 403 at once here, on other replicas within the status
     * cache's TTL; the change is announced (user.access-changed), and goals and search refuse the
     * user as soon as they have applied it, plus their own cache's TTL.
     */
    public Uni<UserProfile> setActive(String id, boolean active) {
        return pool.withTransaction(
                        tx ->
                                users.setActive(tx, id, active)
                                        .onItem()
                                        .ifNull()
                                        .failWith(() -> notFound(id))
                                        .call(
                                                profile ->
                                                        outbox.append(
                                                                tx,
                                                                ChatEvents.USER_ACCESS_CHANGED,
                                                                new UserAccessChanged(
                                                                        id,
                                                                        active,
                                                                        profile.updatedAt()
                                                                                .toInstant()))))
                .invoke(() -> statusCache.forget(id));
    }

    public Uni<AdminStats> stats() {
        return repository.stats();
    }

    /** Pool usage and its health score, with the statements running longer than the threshold. */
    public Uni<DatabaseView> database(double thresholdSeconds) {
        return Uni.combine()
                .all()
                .unis(repository.connectionStates(), repository.slowQueries(thresholdSeconds))
                .asTuple()
                .map(
                        t -> {
                            ConnectionStates states = t.getItem1();
                            List<DatabaseView.SlowQuery> slow = t.getItem2();
                            return new DatabaseView(
                                    poolMaxSize,
                                    states.active(),
                                    states.idle(),
                                    states.idleInTransaction(),
                                    PoolHealth.score(
                                            poolMaxSize,
                                            states.active(),
                                            slow.size(),
                                            states.idleInTransaction()),
                                    thresholdSeconds,
                                    slow);
                        });
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("user " + id + " not found");
    }
}
