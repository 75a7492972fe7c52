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

/** /api/goals/activity-groups: ordered groups of a tree's activities. */
@Path("/api/goals/activity-groups")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "activities")
public class ActivityGroupResource {

    @Inject ActivityGroupService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = ActivityGroupResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<ActivityGroupResponse>> create(
            @Valid @NotNull ActivityGroupRequest request) {
        return service.create(user.id(), request)
                .map(
                        group ->
                                RestResponse.ResponseBuilder.<ActivityGroupResponse>created(
                                                URI.create(
                                                        "/api/goals/activity-groups/" + group.id))
                                        .entity(ActivityGroupResponse.from(group))
                                        .build());
    }

    /** The tree's groups in their order. */
    @GET
    public Uni<List<ActivityGroupResponse>> list(@QueryParam("rootId") @NotNull UUID rootId) {
        return service.ofRoot(user.id(), rootId)
                .map(groups -> groups.stream().map(ActivityGroupResponse::from).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ActivityGroupResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(ActivityGroupResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<ActivityGroupResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull ActivityGroupPatch patch) {
        return service.update(user.id(), id, patch).map(ActivityGroupResponse::from);
    }

    /** Soft-deletes the group; its activities stay, without a group. */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }
}
