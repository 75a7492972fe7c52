package dev.assistant.goals.instance;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/sessions/{id}/activities: a session's activity instances, in order. */
@Path("/api/goals/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "sessions")
public class SessionActivitiesResource {

    @Inject InstanceService service;

    @Inject CurrentUser user;

    @GET
    @Path("/{id}/activities")
    public Uni<List<InstanceResponse>> list(@PathParam("id") UUID id) {
        return service.ofSession(user.id(), id)
                .map(found -> found.stream().map(InstanceResponse::from).toList());
    }

    /** Adds an activity of the session's tree, last unless sortOrder says otherwise. */
    @POST
    @Path("/{id}/activities")
    @APIResponseSchema(
            value = InstanceResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new instance")
    public Uni<RestResponse<InstanceResponse>> add(
            @PathParam("id") UUID id, @Valid @NotNull InstanceRequest request) {
        return service.add(user.id(), id, request)
                .map(
                        instance ->
                                RestResponse.ResponseBuilder.<InstanceResponse>created(
                                                URI.create(
                                                        "/api/goals/activity-instances/"
                                                                + instance.id()))
                                        .entity(InstanceResponse.from(instance))
                                        .build());
    }

    /** Puts every instance of the session in the order given. */
    @PUT
    @Path("/{id}/activities/order")
    public Uni<List<InstanceResponse>> reorder(
            @PathParam("id") UUID id, @Valid @NotNull InstanceOrder order) {
        return service.reorder(user.id(), id, order.ids())
                .map(found -> found.stream().map(InstanceResponse::from).toList());
    }
}
