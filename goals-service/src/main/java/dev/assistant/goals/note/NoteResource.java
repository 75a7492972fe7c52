package dev.assistant.goals.note;

import java.net.URI;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/notes: notes about sessions, activity instances (and sets) and activities. */
@Path("/api/goals/notes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "notes")
public class NoteResource {

    @Inject NoteService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = NoteResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<NoteResponse>> create(@Valid @NotNull NoteRequest request) {
        return service.create(user.id(), request)
                .map(
                        note ->
                                RestResponse.ResponseBuilder.<NoteResponse>created(
                                                URI.create("/api/goals/notes/" + note.id()))
                                        .entity(NoteResponse.from(note))
                                        .build());
    }

    /**
     * Newest first. sessionId also finds the notes on its instances, activityDefinitionId those on
     * the activity's instances; given together, the filters combine.
     */
    @GET
    public Uni<NotePage> list(
            @QueryParam("sessionId") UUID sessionId,
            @QueryParam("activityInstanceId") UUID activityInstanceId,
            @QueryParam("activityDefinitionId") UUID activityDefinitionId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return service.page(
                user.id(),
                new NoteFilter(sessionId, activityInstanceId, activityDefinitionId),
                cursor,
                limit);
    }

    @GET
    @Path("/{id}")
    public Uni<NoteResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(NoteResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<NoteResponse> update(@PathParam("id") UUID id, @Valid @NotNull NotePatch patch) {
        return service.update(user.id(), id, patch).map(NoteResponse::from);
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }
}
