package dev.assistant.chat.conversation;

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

/**
 * /api/chat/conversations: the caller's own conversations. Someone else's answers 404. Opening one
 * with its messages, and exporting it, are in TranscriptResource (same path).
 */
@Path("/api/chat/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "conversations")
public class ConversationResource {

    @Inject ConversationService service;

    @Inject ActiveUser user;

    @POST
    @APIResponseSchema(
            value = ConversationResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<ConversationResponse>> create(
            @Valid @NotNull ConversationCreate request) {
        return user.id().chain(owner -> service.create(owner, request)).map(this::created);
    }

    /** Most recently active first; filter by archived, pinned, tag, or words in the title. */
    @GET
    public Uni<ConversationPage> list(
            @QueryParam("archived") Boolean archived,
            @QueryParam("pinned") Boolean pinned,
            @QueryParam("tag") @Size(max = 100) String tag,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        ConversationFilter filter =
                new ConversationFilter(archived, pinned, blankToNull(tag), blankToNull(q));
        return user.id().chain(owner -> service.page(owner, filter, cursor, limit));
    }

    /** Title, tags, template, metadata, archived, pinned: what is given changes. */
    @PATCH
    @Path("/{id}")
    public Uni<ConversationResponse> update(
            @PathParam("id") UUID id, @Valid @NotNull ConversationPatch patch) {
        return user.id()
                .chain(owner -> service.update(owner, id, patch))
                .map(ConversationResponse::from);
    }

    /** Deletes it with its messages; its files stay, detached. */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return user.id()
                .chain(owner -> service.delete(owner, id))
                .replaceWith(RestResponse.noContent());
    }

    /** A new conversation continuing from one of this one's messages (legacy "branches"). */
    @POST
    @Path("/{id}/branches")
    @APIResponseSchema(
            value = ConversationResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<ConversationResponse>> branch(
            @PathParam("id") UUID id, @Valid @NotNull BranchRequest request) {
        return user.id().chain(owner -> service.branch(owner, id, request)).map(this::created);
    }

    private RestResponse<ConversationResponse> created(Conversation c) {
        return RestResponse.ResponseBuilder.<ConversationResponse>created(
                        URI.create("/api/chat/conversations/" + c.id()))
                .entity(ConversationResponse.from(c))
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
