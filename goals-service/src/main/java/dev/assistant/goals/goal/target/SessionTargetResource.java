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

/** /api/goals/sessions/{sessionId}/targets: the targets a session's activity instances met. */
@Path("/api/goals/sessions/{sessionId}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "targets")
public class SessionTargetResource {

    @Inject TargetService service;

    @Inject CurrentUser user;

    /** Each target met, with the session's instances that meet it. */
    @GET
    public Uni<List<MetTargetResponse>> met(@PathParam("sessionId") UUID sessionId) {
        return service.metBySession(user.id(), sessionId)
                .map(met -> met.stream().map(MetTargetResponse::from).toList());
    }
}
