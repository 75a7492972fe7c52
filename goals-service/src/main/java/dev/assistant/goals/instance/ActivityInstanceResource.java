package dev.assistant.goals.instance;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/activity-instances: one activity done in a session, its timer and its values. */
@Path("/api/goals/activity-instances")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "sessions")
public class ActivityInstanceResource {

    @Inject InstanceService service;

    @Inject CurrentUser user;

    @GET
    @Path("/{id}")
    public Uni<InstanceResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(InstanceResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<InstanceResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull InstancePatch patch) {
        return service.update(user.id(), id, patch).map(InstanceResponse::from);
    }

    /**
     * Soft-deletes the instance (its values go out of the history with it) and its notes, its sets'
     * included.
     */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }

    /** Starts the timer now (a stopped one restarts; a running one is left running). */
    @POST
    @Path("/{id}/start")
    public Uni<InstanceResponse> start(@PathParam("id") UUID id) {
        return service.start(user.id(), id).map(InstanceResponse::from);
    }

    /**
     * Stops the timer now and computes durationSeconds; 400 naming timeStart when it never started
     * (or starts in the future); a stopped timer is answered as it is.
     */
    @POST
    @Path("/{id}/stop")
    public Uni<InstanceResponse> stop(@PathParam("id") UUID id) {
        return service.stop(user.id(), id).map(InstanceResponse::from);
    }

    /** Sets the start and stop by hand; the stop may not precede the start. */
    @PUT
    @Path("/{id}/times")
    public Uni<InstanceResponse> setTimes(
            @PathParam("id") UUID id, @Valid @NotNull InstanceTimes times) {
        return service.setTimes(user.id(), id, times).map(InstanceResponse::from);
    }

    /** Replaces the instance's metric values, each checked against the activity's definition. */
    @PUT
    @Path("/{id}/metrics")
    public Uni<InstanceResponse> replaceValues(
            @PathParam("id") UUID id, @Valid @NotNull MetricValuesRequest request) {
        return service.replaceValues(user.id(), id, request).map(InstanceResponse::from);
    }
}
