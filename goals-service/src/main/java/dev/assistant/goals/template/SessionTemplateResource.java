package dev.assistant.goals.template;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/goals/session-templates: the caller's session templates. */
@Path("/api/goals/session-templates")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "session templates")
public class SessionTemplateResource {

    @Inject SessionTemplateService service;

    @Inject CurrentUser user;

    @POST
    @APIResponseSchema(
            value = TemplateResponse.class,
            responseCode = "201",
            responseDescription = "Created")
    public Uni<RestResponse<TemplateResponse>> create(@Valid @NotNull TemplateRequest request) {
        return service.create(user.id(), request)
                .map(
                        template ->
                                RestResponse.ResponseBuilder.<TemplateResponse>created(
                                                URI.create(
                                                        "/api/goals/session-templates/"
                                                                + template.id))
                                        .entity(TemplateResponse.from(template))
                                        .build());
    }

    /** The caller's templates, of one tree when rootId is given. */
    @GET
    public Uni<List<TemplateResponse>> list(@QueryParam("rootId") UUID rootId) {
        return service.list(user.id(), rootId)
                .map(templates -> templates.stream().map(TemplateResponse::from).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(TemplateResponse::from);
    }

    @PATCH
    @Path("/{id}")
    public Uni<TemplateResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull TemplatePatch patch) {
        return service.update(user.id(), id, patch).map(TemplateResponse::from);
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }
}
