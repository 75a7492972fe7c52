package dev.assistant.goals.instance;

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

/** /api/goals/activities/{id}/history: what was done of an activity lately. */
@Path("/api/goals/activities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "activities")
public class ActivityHistoryResource {

    @Inject InstanceService service;

    @Inject CurrentUser user;

    /** The last instances (newest first) with their session, metric values and notes. */
    @GET
    @Path("/{id}/history")
    public Uni<List<HistoryEntry>> history(
            @PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return service.history(user.id(), id, limit);
    }
}
