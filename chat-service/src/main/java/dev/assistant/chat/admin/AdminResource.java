package dev.assistant.chat.admin;

import java.util.List;

import dev.assistant.chat.user.ActiveUser;
import dev.assistant.chat.user.ProfileResponse;
import dev.assistant.chat.user.UserProfile;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/chat/admin: for the role admin only (403 for everyone else). */
@Path("/api/chat/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
public class AdminResource {

    /** A page of users; {@code nextAfter} is null when the page was not full. */
    public record UserList(List<ProfileResponse> items, @Schema(nullable = true) String nextAfter) {

        public static UserList from(List<UserProfile> found, int limit) {
            return new UserList(
                    found.stream().map(ProfileResponse::from).toList(),
                    found.size() == limit ? found.getLast().username() : null);
        }
    }

    @Inject ActiveUser admin;

    @Inject AdminService service;

    /** Users by username; q matches id or username; page on with after=nextAfter. */
    @GET
    @Path("/users")
    public Uni<UserList> users(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return admin.id()
                .chain(ignored -> service.searchUsers(q, after, limit))
                .map(found -> UserList.from(found, limit));
    }

    @GET
    @Path("/users/{id}")
    public Uni<ProfileResponse> user(@PathParam("id") String id) {
        return admin.id().chain(ignored -> service.user(id)).map(ProfileResponse::from);
    }

    /** Their requests get 403 from now on (other replicas: within the status cache's TTL). */
    @POST
    @Path("/users/{id}/deactivate")
    public Uni<ProfileResponse> deactivate(@PathParam("id") String id) {
        return admin.id()
                .chain(adminId -> service.deactivate(adminId, id))
                .map(ProfileResponse::from);
    }

    @POST
    @Path("/users/{id}/activate")
    public Uni<ProfileResponse> activate(@PathParam("id") String id) {
        return admin.id().chain(ignored -> service.setActive(id, true)).map(ProfileResponse::from);
    }

    @GET
    @Path("/stats")
    public Uni<AdminStats> stats() {
        return admin.id().chain(ignored -> service.stats());
    }

    /**
     * Pool usage, a 0-100 health score, and statements running longer than thresholdSeconds
     * (default 1).
     */
    @GET
    @Path("/database")
    public Uni<DatabaseView> database(
            @QueryParam("thresholdSeconds")
                    @DefaultValue("1")
                    @DecimalMin("0.0")
                    @DecimalMax("86400")
                    double threshold) {
        return admin.id().chain(ignored -> service.database(threshold));
    }
}
