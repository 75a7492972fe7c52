package dev.assistant.goals.session;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/sessions: the caller's practice sessions. Someone else's session answers 404. */
@Path("/api/goals/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "sessions")
public class SessionResource {

    @Inject SessionService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = SessionResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<SessionResponse>> create(@Valid @NotNull SessionRequest request) {
        return service.create(user.id(), request).map(SessionResource::created);
    }

    /** Newest first (start, else creation); from and to are UTC dates, both included. */
    @GET
    public Uni<SessionPage> list(
            @QueryParam("rootId") UUID rootId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return service.page(user.id(), rootId, from, to, cursor, limit);
    }

    @GET
    @Path("/{id}")
    public Uni<SessionResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(SessionResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<SessionResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull SessionPatch patch) {
        return service.update(user.id(), id, patch).map(SessionResponse::from);
    }

    /**
     * Soft-deletes the session (its instances go out of every list and history with it) and its
     * notes, its instances' included.
     */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }

    /** Marks it complete (idempotent) and publishes SessionCompleted the first time. */
    @POST
    @Path("/{id}/complete")
    public Uni<SessionResponse> complete(@PathParam("id") UUID id) {
        return service.complete(user.id(), id).map(SessionResponse::from);
    }

    /** A new session like this one, with its goals and instances, neither timed nor completed. */
    @POST
    @Path("/{id}/duplicate")
    @APIResponseSchema(
            value = SessionResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the copy")
    public Uni<RestResponse<SessionResponse>> duplicate(@PathParam("id") UUID id) {
        return service.duplicate(user.id(), id).map(SessionResource::created);
    }

    /** Replaces the session's links to short-term and immediate goals. */
    @PUT
    @Path("/{id}/goals")
    public Uni<SessionResponse> replaceGoals(
            @PathParam("id") UUID id, @Valid @NotNull SessionGoalsRequest request) {
        return service.replaceGoals(user.id(), id, request).map(SessionResponse::from);
    }

    private static RestResponse<SessionResponse> created(Session session) {
        return RestResponse.ResponseBuilder.<SessionResponse>created(
                        URI.create("/api/goals/sessions/" + session.id()))
                .entity(SessionResponse.from(session))
                .build();
    }
}
