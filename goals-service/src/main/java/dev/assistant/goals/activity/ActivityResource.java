package dev.assistant.goals.activity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/activities: what a tree's sessions practise, with metrics and splits. */
@Path("/api/goals/activities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "activities")
public class ActivityResource {

    @Inject ActivityService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = ActivityResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<ActivityResponse>> create(@Valid @NotNull ActivityRequest request) {
        return service.create(user.id(), request)
                .map(
                        activity ->
                                RestResponse.ResponseBuilder.<ActivityResponse>created(
                                                URI.create(
                                                        "/api/goals/activities/"
                                                                + activity.definition().id))
                                        .entity(ActivityResponse.from(activity))
                                        .build());
    }

    /** The tree's activities in their order, in one group when groupId is given. */
    @GET
    public Uni<List<ActivityResponse>> list(
            @QueryParam("rootId") @NotNull UUID rootId, @QueryParam("groupId") UUID groupId) {
        return service.ofRoot(user.id(), rootId, groupId)
                .map(found -> found.stream().map(ActivityResponse::from).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ActivityResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(ActivityResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<ActivityResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull ActivityPatch patch) {
        return service.update(user.id(), id, patch).map(ActivityResponse::from);
    }

    /** Soft-deletes the activity; its past instances stay in their sessions. */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }
}
