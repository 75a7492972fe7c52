package dev.assistant.goals.program;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/program-days: a day of one of the caller's programs and its templates. */
@Path("/api/goals/program-days")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "programs")
public class ProgramDayResource {

    @Inject ProgramService service;

    @Inject CurrentUser user;

    /** The day, its templates and whether each has a completed session on this day. */
    @GET
    @Path("/{id}")
    public Uni<ProgramDayResponse> get(@PathParam("id") UUID id) {
        return service.dayView(user.id(), id).map(ProgramDayResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<ProgramDayResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull DayRequest patch) {
        return service.updateDay(user.id(), id, patch)
                .chain(() -> service.dayView(user.id(), id))
                .map(ProgramDayResponse::from);
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.deleteDay(user.id(), id).replaceWith(RestResponse.noContent());
    }

    /** A new day on the date, in the program's block covering it, with the same templates. */
    @POST
    @Path("/{id}/copy")
    @APIResponseSchema(
            value = ProgramDayResponse.class,
            responseCode = "201",
            responseDescription = "Created")
    public Uni<RestResponse<ProgramDayResponse>> copy(
            @PathParam("id") UUID id, @Valid @NotNull CopyDayRequest request) {
        return service.copyDay(user.id(), id, request.date())
                .chain(copyId -> service.dayView(user.id(), copyId))
                .map(ProgramDayResource::created);
    }

    /** Replaces the day's templates, in the given order. */
    @PUT
    @Path("/{id}/templates")
    public Uni<ProgramDayResponse> setTemplates(
            @PathParam("id") UUID id, @Valid @NotNull DayTemplatesRequest request) {
        return service.setDayTemplates(user.id(), id, request)
                .chain(() -> service.dayView(user.id(), id))
                .map(ProgramDayResponse::from);
    }

    static RestResponse<ProgramDayResponse> created(DayView day) {
        return RestResponse.ResponseBuilder.<ProgramDayResponse>created(
                        URI.create("/api/goals/program-days/" + day.id()))
                .entity(ProgramDayResponse.from(day))
                .build();
    }
}
