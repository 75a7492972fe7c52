package dev.assistant.goals.goal.target;

import java.util.List;
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

/** /api/goals/activity-instances/{instanceId}/targets: the targets one activity instance met. */
@Path("/api/goals/activity-instances/{instanceId}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "targets")
public class InstanceTargetResource {

    @Inject TargetService service;

    @Inject CurrentUser user;

    @GET
    public Uni<List<MetTargetResponse>> met(@PathParam("instanceId") UUID instanceId) {
        return service.metByInstance(user.id(), instanceId)
                .map(met -> met.stream().map(MetTargetResponse::from).toList());
    }
}
