package dev.assistant.chat.memory;

import java.net.URI;
import java.util.UUID;

import dev.assistant.chat.user.ActiveUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** /api/chat/memories: the caller's own memories. Someone else's memory answers 404, never 403. */
@Path("/api/chat/memories")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "memories")
public class MemoryResource {

    @Inject MemoryService service;

    @Inject ActiveUser user;

    @POST
    @APIResponseSchema(
            value = MemoryResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<MemoryResponse>> create(@Valid @NotNull MemoryRequest request) {
        return user.id()
                .chain(owner -> service.create(owner, request))
                .map(
                        memory ->
                                RestResponse.ResponseBuilder.<MemoryResponse>created(
                                                URI.create("/api/chat/memories/" + memory.id()))
                                        .entity(MemoryResponse.from(memory))
                                        .build());
    }

    /** Newest first; q matches words in title or content, tag and minImportance narrow it down. */
    @GET
    public Uni<MemoryPage> list(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("tag") @Size(max = 100) String tag,
            @QueryParam("minImportance") @Min(1) @Max(10) Integer minImportance,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        MemoryFilter filter =
                new MemoryFilter(
                        q == null || q.isBlank() ? null : q.strip(),
                        tag == null || tag.isBlank() ? null : tag.strip(),
                        minImportance);
        return user.id().chain(owner -> service.page(owner, filter, cursor, limit));
    }

    @GET
    @Path("/{id}")
    public Uni<MemoryResponse> get(@PathParam("id") UUID id) {
        return user.id().chain(owner -> service.get(owner, id)).map(MemoryResponse::from);
    }

    @PUT
    @Path("/{id}")
    public Uni<MemoryResponse> replace(
            @PathParam("id") UUID id, @Valid @NotNull MemoryRequest request) {
        return user.id()
                .chain(owner -> service.replace(owner, id, request))
                .map(MemoryResponse::from);
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return user.id()
                .chain(owner -> service.delete(owner, id))
                .replaceWith(RestResponse.noContent());
    }
}
