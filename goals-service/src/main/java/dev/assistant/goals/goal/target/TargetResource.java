package dev.assistant.goals.goal.target;

import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/targets/{id}: one target. Someone else's, or one of a deleted goal, answers 404. */
@Path("/api/goals/targets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "targets")
public class TargetResource {

    @Inject TargetService service;

    @Inject CurrentUser user;

    @GET
    public Uni<TargetResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(TargetResponse::from);
    }

    /** Name, description, activity, thresholds: what the body names changes. */
    @PATCH
    public Uni<TargetResponse> update(@PathParam("id") UUID id, @Valid @NotNull TargetPatch patch) {
        return service.update(user.id(), id, patch).map(TargetResponse::from);
    }

    @DELETE
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }
}
