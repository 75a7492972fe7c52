package dev.assistant.chat.admin;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.assistant.chat.user.ActiveUser;
import dev.assistant.chat.user.ProfileResponse;
import dev.assistant.chat.user.UserRepository;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** /api/chat/admin: for the role admin only (403 for everyone else). */
@Path("/api/chat/admin")
@RolesAllowed("admin")
@Tag(name = "admin")
public class AdminResource {

    public record UserList(List<ProfileResponse> items, String nextAfter) {
    }

    @Inject
    ActiveUser admin;

    @Inject
    UserRepository users;

    @Inject
    AdminRepository repository;

    @Inject
    ActiveUser.StatusCache statusCache;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size", defaultValue = "20")
    int poolMaxSize;

    /** Users by username; q matches id or username; page on with after=nextAfter. */
    @GET
    @Path("/users")
    public Uni<UserList> users(@QueryParam("q") @Size(max = 200) String q, @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return admin.id().chain(ignored -> users.search(q, after, limit)).map(found -> new UserList(
                found.stream().map(ProfileResponse::from).toList(), found.size() == limit ? found.getLast().username() : null));
    }

    @GET
    @Path("/users/{id}")
    public Uni<ProfileResponse> user(@PathParam("id") String id) {
        return admin.id().chain(ignored -> users.find(id))
                .onItem().ifNull().failWith(() -> new NotFoundException("user " + id + " not found")).map(ProfileResponse::from);
    }

    /** Their requests get 403 from now on (other replicas: within the status cache's TTL). */
    @POST
    @Path("/users/{id}/deactivate")
    public Uni<ProfileResponse> deactivate(@PathParam("id") String id) {
        return setActive(id, false);
    }

    @POST
    @Path("/users/{id}/activate")
    public Uni<ProfileResponse> activate(@PathParam("id") String id) {
        return setActive(id, true);
    }

    @GET
    @Path("/stats")
    public Uni<AdminStats> stats() {
        return admin.id().chain(ignored -> repository.stats());
    }

    /** Pool usage, a 0-100 health score, and statements running longer than thresholdSeconds (default 1). */
    @GET
    @Path("/database")
    public Uni<DatabaseView> database(@QueryParam("thresholdSeconds") @DefaultValue("1") @DecimalMin("0.0") @DecimalMax("86400") double threshold) {
        return admin.id().chain(ignored -> Uni.combine().all().unis(repository.connectionStates(), repository.slowQueries(threshold)).asTuple())
                .map(t -> {
                    int[] states = t.getItem1();
                    var slow = t.getItem2();
                    return new DatabaseView(poolMaxSize, states[0], states[1], states[2],
                            PoolHealth.score(poolMaxSize, states[0], slow.size(), states[2]), threshold, slow);
                });
    }

    private Uni<ProfileResponse> setActive(String id, boolean active) {
        return admin.id().chain(ignored -> users.setActive(id, active))
                .onItem().ifNull().failWith(() -> new NotFoundException("user " + id + " not found"))
                .invoke(() -> statusCache.forget(id))
                .map(ProfileResponse::from);
    }
}
