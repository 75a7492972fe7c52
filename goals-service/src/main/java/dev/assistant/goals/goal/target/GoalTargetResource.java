package dev.assistant.goals.goal.target;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/goals/{goalId}/targets: a goal's targets. Someone else's goal answers 404. */
@Path("/api/goals/goals/{goalId}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "targets")
public class GoalTargetResource {

    @Inject TargetService service;

    @Inject CurrentUser user;

    /** Oldest first. */
    @GET
    public Uni<List<TargetResponse>> list(@PathParam("goalId") UUID goalId) {
        return service.ofGoal(user.id(), goalId)
                .map(targets -> targets.stream().map(TargetResponse::from).toList());
    }

    /** A new target, already achieved if a recorded instance meets it. */
    @POST
    @APIResponseSchema(
            value = TargetResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new target")
    public Uni<RestResponse<TargetResponse>> create(
            @PathParam("goalId") UUID goalId, @Valid @NotNull TargetRequest request) {
        return service.create(user.id(), goalId, request)
                .map(
                        target ->
                                RestResponse.ResponseBuilder.<TargetResponse>created(
                                                URI.create("/api/goals/targets/" + target.id()))
                                        .entity(TargetResponse.from(target))
                                        .build());
    }
}
