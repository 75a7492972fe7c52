package dev.assistant.goals.export;

import java.net.URI;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/imports: an export (of any account) in as a new tree of the caller's. */
@Path("/api/goals/imports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "export")
public class ImportResource {

    @Inject ExportService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = ImportResult.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new tree's root goal")
    public Uni<RestResponse<ImportResult>> importTree(@Valid @NotNull TreeExport export) {
        return service.importTree(user.id(), export)
                .map(
                        result ->
                                RestResponse.ResponseBuilder.<ImportResult>created(
                                                URI.create("/api/goals/goals/" + result.rootId()))
                                        .entity(result)
                                        .build());
    }
}
