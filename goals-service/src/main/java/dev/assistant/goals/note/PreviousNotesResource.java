package dev.assistant.goals.note;

import java.util.List;
import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/goals/sessions/{id}/previous-notes: what earlier sessions noted about these activities. */
@Path("/api/goals/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "notes")
public class PreviousNotesResource {

    @Inject NoteService service;

    @Inject CurrentUser user;

    /**
     * Notes left in sessions that came before this one (by start, else creation) about the
     * activities this session has instances of, newest first.
     */
    @GET
    @Path("/{id}/previous-notes")
    public Uni<List<NoteResponse>> previous(
            @PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return service.previous(user.id(), id, limit)
                .map(notes -> notes.stream().map(NoteResponse::from).toList());
    }
}
