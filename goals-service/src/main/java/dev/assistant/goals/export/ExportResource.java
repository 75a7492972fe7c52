package dev.assistant.goals.export;

import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/goals/goals/{id}/export: the whole tree a goal of the caller's belongs to. */
@Path("/api/goals/goals/{id}/export")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "export")
public class ExportResource {

    @Inject ExportService service;

    @Inject CurrentUser user;

    /** Every row of the tree (goals, targets, activities, sessions, ..., programs) as JSON. */
    @GET
    public Uni<TreeExport> export(@PathParam("id") UUID id) {
        return service.export(user.id(), id);
    }
}
