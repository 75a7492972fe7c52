package dev.assistant.chat.message;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.assistant.chat.user.ActiveUser;
import dev.assistant.kit.problem.InvalidField;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
 * /api/chat/conversations/{conversationId}/messages: the messages of one of the caller's
 * conversations.
 */
@Path("/api/chat/conversations/{conversationId}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "messages")
public class MessageResource {

    @Inject MessageService service;

    @Inject ActiveUser user;

    @POST
    @APIResponseSchema(
            value = MessageResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<MessageResponse>> post(
            @PathParam("conversationId") UUID conversationId,
            @Valid @NotNull MessageRequest request) {
        return user.id()
                .chain(owner -> service.post(owner, conversationId, List.of(request)))
                .map(
                        posted -> {
                            MessageResponse m = MessageResponse.from(posted.getFirst());
                            return RestResponse.ResponseBuilder.<MessageResponse>created(
                                            URI.create(
                                                    "/api/chat/conversations/"
                                                            + conversationId
                                                            + "/messages/"
                                                            + m.id()))
                                    .entity(m)
                                    .build();
                        });
    }

    /** Up to 1000 messages, stored in order in one database round trip. */
    @POST
    @Path("/bulk")
    @APIResponseSchema(
            value = MessageResponse[].class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    public Uni<RestResponse<List<MessageResponse>>> postBulk(
            @PathParam("conversationId") UUID conversationId,
            @Valid @NotNull BulkMessagesRequest request) {
        return user.id()
                .chain(owner -> service.post(owner, conversationId, request.messages()))
                .map(
                        posted ->
                                RestResponse.status(
                                        RestResponse.Status.CREATED,
                                        posted.stream().map(MessageResponse::from).toList()));
    }

    @GET
    public Uni<MessagePage> list(
            @PathParam("conversationId") UUID conversationId,
            @QueryParam("afterSequence") @PositiveOrZero Long afterSequence,
            @QueryParam("beforeSequence") @PositiveOrZero Long beforeSequence,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        if (afterSequence != null && beforeSequence != null) {
            throw InvalidField.of(
                    "beforeSequence", "query", "give afterSequence or beforeSequence, not both");
        }
        return user.id()
                .chain(
                        owner ->
                                service.page(
                                        owner,
                                        conversationId,
                                        afterSequence,
                                        beforeSequence,
                                        limit));
    }

    /** Replaces the content; the first original is kept and the message marked edited. */
    @PATCH
    @Path("/{messageId}")
    public Uni<MessageResponse> edit(
            @PathParam("conversationId") UUID conversationId,
            @PathParam("messageId") UUID messageId,
            @Valid @NotNull MessageEdit edit) {
        return user.id()
                .chain(owner -> service.edit(owner, conversationId, messageId, edit.content()))
                .map(MessageResponse::from);
    }

    @DELETE
    @Path("/{messageId}")
    public Uni<RestResponse<Void>> delete(
            @PathParam("conversationId") UUID conversationId,
            @PathParam("messageId") UUID messageId) {
        return user.id()
                .chain(owner -> service.delete(owner, conversationId, messageId))
                .replaceWith(RestResponse.noContent());
    }
}
