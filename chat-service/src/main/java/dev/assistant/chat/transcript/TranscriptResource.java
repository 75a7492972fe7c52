package dev.assistant.chat.transcript;

import java.util.UUID;

import dev.assistant.chat.user.ActiveUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The reads of /api/chat/conversations that include messages: one conversation with its recent
 * messages, and its export. Same path as ConversationResource (JAX-RS merges the two classes);
 * someone else's conversation answers 404.
 */
@Path("/api/chat/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "conversations")
public class TranscriptResource {

    @Inject TranscriptService service;

    @Inject ActiveUser user;

    /** The conversation with its most recent messages (oldest first). */
    @GET
    @Path("/{id}")
    public Uni<ConversationDetail> get(
            @PathParam("id") UUID id,
            @QueryParam("recentMessages") @DefaultValue("50") @Min(0) @Max(200)
                    int recentMessages) {
        return user.id().chain(owner -> service.detail(owner, id, recentMessages));
    }

    /** The whole conversation as JSON (default) or Markdown, as a download. */
    @GET
    @Path("/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
    @APIResponse(
            responseCode = "200",
            description = "The conversation, as a download (Content-Disposition: attachment)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ConversationExport.class)),
                @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING))
            })
    public Uni<RestResponse<Object>> export(
            @PathParam("id") UUID id,
            @QueryParam("format")
                    @DefaultValue("json")
                    @Pattern(regexp = "json|markdown", message = "must be json or markdown")
                    String format) {
        return user.id()
                .chain(owner -> service.export(owner, id))
                .map(
                        export -> {
                            boolean markdown = format.equals("markdown");
                            Object body = markdown ? export.toMarkdown() : export;
                            return RestResponse.ResponseBuilder.ok(body)
                                    .type(
                                            markdown
                                                    ? new MediaType("text", "markdown", "UTF-8")
                                                    : MediaType.APPLICATION_JSON_TYPE)
                                    .header(
                                            HttpHeaders.CONTENT_DISPOSITION,
                                            "attachment; filename=\"conversation-"
                                                    + id
                                                    + (markdown ? ".md" : ".json")
                                                    + "\"")
                                    .build();
                        });
    }
}
