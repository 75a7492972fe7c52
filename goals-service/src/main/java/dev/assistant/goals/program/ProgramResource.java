package dev.assistant.goals.program;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/programs: the caller's programs, their blocks, schedule and calendar. */
@Path("/api/goals/programs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "programs")
public class ProgramResource {

    @Inject ProgramService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = ProgramResponse.class,
            responseCode = "201",
            responseDescription = "Created")
    public Uni<RestResponse<ProgramResponse>> create(@Valid @NotNull ProgramRequest request) {
        return service.create(user.id(), request)
                .chain(program -> service.detail(user.id(), program.id))
                .map(
                        detail ->
                                RestResponse.ResponseBuilder.<ProgramResponse>created(
                                                URI.create(
                                                        "/api/goals/programs/"
                                                                + detail.program().id))
                                        .entity(ProgramResponse.from(detail))
                                        .build());
    }

    /** The caller's programs (of one tree when rootId is given), without their blocks. */
    @GET
    public Uni<List<ProgramSummaryResponse>> list(@QueryParam("rootId") UUID rootId) {
        return service.list(user.id(), rootId)
                .map(list -> list.stream().map(ProgramSummaryResponse::from).toList());
    }

    /** The program with its blocks, each with its goals and days (completion computed). */
    @GET
    @Path("/{id}")
    public Uni<ProgramResponse> get(@PathParam("id") UUID id) {
        return service.detail(user.id(), id).map(ProgramResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<ProgramResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull ProgramPatch patch) {
        return service.update(user.id(), id, patch)
                .chain(() -> service.detail(user.id(), id))
                .map(ProgramResponse::from);
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }

    @POST
    @Path("/{id}/blocks")
    @APIResponseSchema(
            value = ProgramBlockResponse.class,
            responseCode = "201",
            responseDescription = "Created")
    public Uni<RestResponse<ProgramBlockResponse>> addBlock(
            @PathParam("id") UUID id, @Valid @NotNull BlockRequest request) {
        return service.addBlock(user.id(), id, request)
                .chain(blockId -> service.blockDetail(user.id(), blockId))
                .map(
                        block ->
                                RestResponse.ResponseBuilder.<ProgramBlockResponse>created(
                                                URI.create(
                                                        "/api/goals/program-blocks/" + block.id()))
                                        .entity(block)
                                        .build());
    }

    @POST
    @Path("/{id}/schedule")
    @Operation(
            summary = "Expand the weekly schedule",
            description =
                    "Creates, for each date of each block (inside the program's dates) whose"
                            + " weekday has templates, a day with those templates. Idempotent.")
    public Uni<ProgramResponse> expandSchedule(@PathParam("id") UUID id) {
        return service.expandSchedule(user.id(), id)
                .chain(() -> service.detail(user.id(), id))
                .map(ProgramResponse::from);
    }

    /** The days to do on a date: those on it and the numbered days of blocks covering it. */
    @GET
    @Path("/{id}/active-days")
    public Uni<List<ProgramDayResponse>> activeDays(
            @PathParam("id") UUID id, @QueryParam("date") @NotNull LocalDate date) {
        return service.activeDays(user.id(), id, date)
                .map(list -> list.stream().map(ProgramDayResponse::from).toList());
    }

    /** The program's dated days as an iCalendar (RFC 5545) feed; needs a bearer token. */
    @GET
    @Path("/{id}/calendar.ics")
    @Produces("text/calendar")
    public Uni<String> calendar(@PathParam("id") UUID id) {
        return service.calendar(user.id(), id);
    }
}
