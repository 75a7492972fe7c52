package dev.assistant.goals.goal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject GoalJson json;

    @POST
    @APIResponseSchema(
            value = GoalResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<GoalResponse>> create(@Valid @NotNull GoalRequest request) {
        return service.create(user.id(), request).map(GoalResource::created);
    }

    /** The roots of the caller's trees. */
    @GET
    public Uni<List<GoalResponse>> roots() {
        return service.roots(user.id()).map(GoalResource::responses);
    }

    @GET
    @Path("/{id}")
    public Uni<GoalResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(GoalResponse::from);
    }

    /** Title, description, deadline, sort order: what the body names changes. */
    @PATCH
    @Path("/{id}")
    public Uni<GoalResponse> update(@PathParam("id") UUID id, @Valid @NotNull GoalPatch patch) {
        return service.update(user.id(), id, patch).map(GoalResponse::from);
    }

    /**
     * Every goal of the tree this goal belongs to, parents before children. Written by {@link
     * GoalJson} (the same JSON as a list of GoalResponse, in one buffer).
     */
    @GET
    @Path("/{id}/tree")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = GoalResponse.class)))
    public Uni<Buffer> tree(@PathParam("id") UUID id) {
        return service.treeOf(user.id(), id).map(goals -> json.array(responses(goals)));
    }

    /**
     * The active short-term goals of the tree this goal belongs to (usually its root), each with
     * its active immediate goals.
     */
    @GET
    @Path("/{id}/selection")
    public Uni<List<SelectionResponse>> selection(@PathParam("id") UUID id) {
        return service.selection(user.id(), id)
                .map(list -> list.stream().map(SelectionResponse::from).toList());
    }

    @POST
    @Path("/{id}/complete")
    public Uni<GoalResponse> complete(@PathParam("id") UUID id) {
        return service.setCompleted(user.id(), id, true).map(GoalResponse::from);
    }

    @POST
    @Path("/{id}/uncomplete")
    public Uni<GoalResponse> uncomplete(@PathParam("id") UUID id) {
        return service.setCompleted(user.id(), id, false).map(GoalResponse::from);
    }

    /** Under another goal of the same tree (with its subtree), and/or to another sort order. */
    @POST
    @Path("/{id}/move")
    public Uni<GoalResponse> move(@PathParam("id") UUID id, @Valid @NotNull MoveRequest request) {
        return service.move(user.id(), id, request).map(GoalResponse::from);
    }

    /** A new level: below the parent's, above every child's. */
    @POST
    @Path("/{id}/level")
    public Uni<GoalResponse> level(@PathParam("id") UUID id, @Valid @NotNull LevelRequest request) {
        return service.changeLevel(user.id(), id, request.level()).map(GoalResponse::from);
    }

    /** Copies the goal and its subtree; the answer is the copy of the goal. */
    @POST
    @Path("/{id}/copy")
    @APIResponseSchema(
            value = GoalResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the copy")
    public Uni<RestResponse<GoalResponse>> copy(
            @PathParam("id") UUID id, @Valid CopyRequest request) {
        return service.copy(user.id(), id, request == null ? null : request.parentId())
                .map(GoalResource::created);
    }

    /**
     * Soft-deletes the goal and its whole subtree; a root also takes the notes of its tree's
     * sessions and instances.
     */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }

    /**
     * Brings back a deleted goal with the subtree deleted together with it, a root with the notes
     * its deletion took (a live goal is answered as it is).
     */
    @POST
    @Path("/{id}/restore")
    @APIResponseSchema(
            value = GoalResponse.class,
            responseCode = "200",
            responseDescription = "The goal, restored")
    @APIResponse(
            responseCode = "409",
            description = "The goal's parent is deleted: restore the parent first",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/HttpProblem")))
    public Uni<GoalResponse> restore(@PathParam("id") UUID id) {
        return service.restore(user.id(), id).map(GoalResponse::from);
    }

    /** Deleted goals that can be restored (each the top of a subtree deleted together). */
    @GET
    @Path("/trash")
    public Uni<TrashPage> trash(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return service.trash(user.id(), cursor, limit).map(TrashPage::from);
    }

    private static RestResponse<GoalResponse> created(Goal goal) {
        return RestResponse.ResponseBuilder.<GoalResponse>created(
                        URI.create("/api/goals/goals/" + goal.id()))
                .entity(GoalResponse.from(goal))
                .build();
    }

    private static List<GoalResponse> responses(List<Goal> goals) {
        return goals.stream().map(GoalResponse::from).toList();
    }
}
