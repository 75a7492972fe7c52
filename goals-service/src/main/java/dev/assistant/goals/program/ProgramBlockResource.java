package dev.assistant.goals.program;

import java.util.List;
import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/program-blocks: a block of one of the caller's programs, its goals and days. */
@Path("/api/goals/program-blocks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "programs")
public class ProgramBlockResource {

    @Inject ProgramService service;

    @Inject CurrentUser user;

    @PATCH
    @Path("/{id}")
    public Uni<ProgramBlockResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull BlockPatch patch) {
        return service.updateBlock(user.id(), id, patch)
                .chain(() -> service.blockDetail(user.id(), id));
    }

    /** Deletes the block and its days. */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.deleteBlock(user.id(), id).replaceWith(RestResponse.noContent());
    }

    /** Replaces the block's goals; each one's deadline in the program is the block's end date. */
    @PUT
    @Path("/{id}/goals")
    public Uni<List<BlockGoalResponse>> setGoals(
            @PathParam("id") UUID id, @Valid @NotNull BlockGoalsRequest request) {
        return service.setBlockGoals(user.id(), id, request)
                .chain(() -> service.blockGoals(user.id(), id))
                .map(goals -> goals.stream().map(BlockGoalResponse::from).toList());
    }

    @POST
    @Path("/{id}/days")
    @APIResponseSchema(
            value = ProgramDayResponse.class,
            responseCode = "201",
            responseDescription = "Created")
    public Uni<RestResponse<ProgramDayResponse>> addDay(
            @PathParam("id") UUID id, @Valid @NotNull DayRequest request) {
        return service.addDay(user.id(), id, request)
                .chain(dayId -> service.dayView(user.id(), dayId))
                .map(ProgramDayResource::created);
    }
}
