package dev.assistant.goals.goal;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/goals: the caller's goal trees. Someone else's goal answers 404. */
@Path("/api/goals/goals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "goals")
public class GoalResource {

    @Inject GoalService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = GoalResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<GoalResponse>> create(@Valid @NotNull GoalRequest request) {
        return service.create(user.id(), request)
                .map(
                        goal ->
                                RestResponse.ResponseBuilder.<GoalResponse>created(
                                                URI.create("/api/goals/goals/" + goal.id()))
                                        .entity(GoalResponse.from(goal))
                                        .build());
    }

    /** The roots of the caller's trees. */
    @GET
    public Uni<List<GoalResponse>> roots() {
        return service.roots(user.id())
                .map(goals -> goals.stream().map(GoalResponse::from).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<GoalResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(GoalResponse::from);
    }

    /** Every goal of the tree this goal belongs to, parents before children. */
    @GET
    @Path("/{id}/tree")
    public Uni<List<GoalResponse>> tree(@PathParam("id") UUID id) {
        return service.treeOf(user.id(), id)
                .map(goals -> goals.stream().map(GoalResponse::from).toList());
    }

    /** Soft-deletes the goal and its whole subtree. */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }
}
