package dev.assistant.search.document;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.content.UploadNames;
import dev.assistant.kit.problem.InvalidField;
import dev.assistant.kit.security.CurrentUser;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * /api/search/documents: documents the caller uploads to be searched (plain text, Markdown, HTML,
 * PDF). An upload answers at once with status pending; the index worker makes it indexed (or
 * failed, with the reason) shortly after.
 */
@Path("/api/search/documents")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "documents")
public class DocumentResource {

    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG_LENGTH = 100;

    @Inject DocumentService service;

    @Inject CurrentUser user;

    @Inject Vertx vertx;

    @ConfigProperty(name = "assistant.documents.max-size", defaultValue = "25M")
    MemorySize maxSize;

    /** multipart/form-data: "file" (required), "title", "tags" (comma-separated). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponseSchema(
            value = DocumentResponse.class,
            responseCode = "201",
            responseDescription = "Created, pending; Location is the new resource")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(requiredProperties = "file")))
    public Uni<RestResponse<DocumentResponse>> upload(
            @RestForm("file") FileUpload file,
            @RestForm("title") @Schema(description = "Shown instead of the document's own title")
                    String title,
            @RestForm("tags") @Schema(description = "Comma-separated, at most 50") String tags) {
        if (file == null) {
            throw InvalidField.of("file", "body", "a file part is required");
        }
        if (file.size() > maxSize.asLongValue()) {
            throw HttpProblem.builder()
                    .withStatus(413)
                    .withTitle("Payload Too Large")
                    .withDetail(
                            "file: larger than " + maxSize.asLongValue() / (1024 * 1024) + " MiB")
                    .build();
        }
        if (file.size() == 0) {
            throw InvalidField.of("file", "body", "must not be empty");
        }
        String name = UploadNames.safe(file.fileName(), "document");
        String shownTitle = title(title);
        List<String> tagList = tags(tags);
        String owner = user.id();
        return vertx.fileSystem()
                .readFile(file.uploadedFile().toString())
                .chain(
                        content ->
                                service.upload(
                                        owner,
                                        new DocumentService.Upload(
                                                name, shownTitle, content.getBytes(), tagList)))
                .map(
                        stored ->
                                RestResponse.ResponseBuilder.<DocumentResponse>created(
                                                URI.create("/api/search/documents/" + stored.id()))
                                        .entity(DocumentResponse.from(stored))
                                        .build());
    }

    @GET
    public Uni<DocumentPage> list(
            @QueryParam("status") @Pattern(regexp = "pending|indexed|failed") String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return service.page(user.id(), status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    public Uni<DocumentResponse> get(@PathParam("id") UUID id) {
        return service.get(user.id(), id).map(DocumentResponse::from);
    }

    /** The original bytes, as uploaded, in the sniffed media type. */
    @GET
    @Path("/{id}/content")
    @APIResponse(
            responseCode = "200",
            description = "The original bytes",
            content =
                    @Content(
                            mediaType = MediaType.WILDCARD,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<RestResponse<byte[]>> content(@PathParam("id") UUID id) {
        String owner = user.id();
        return service.get(owner, id)
                .chain(
                        document ->
                                service.content(owner, id)
                                        .map(
                                                bytes ->
                                                        RestResponse.ResponseBuilder.ok(
                                                                        bytes, document.mimeType())
                                                                .header(
                                                                        HttpHeaders.ETAG,
                                                                        "\""
                                                                                + document.sha256()
                                                                                + "\"")
                                                                .header(
                                                                        "X-Content-Type-Options",
                                                                        "nosniff")
                                                                .header(
                                                                        HttpHeaders
                                                                                .CONTENT_DISPOSITION,
                                                                        UploadNames
                                                                                .contentDisposition(
                                                                                        document
                                                                                                .name()))
                                                                .build()));
    }

    /** The chunks the document was indexed as, in document order. */
    @GET
    @Path("/{id}/chunks")
    public Uni<ChunkPage> chunks(
            @PathParam("id") UUID id,
            @QueryParam("afterPosition") @DefaultValue("-1") @Min(-1) int afterPosition,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return service.chunks(user.id(), id, afterPosition, limit);
    }

    /** Indexes the document again (202: it is pending until the worker is done). */
    @POST
    @Path("/{id}/reindex")
    @APIResponseSchema(
            value = DocumentResponse.class,
            responseCode = "202",
            responseDescription = "Accepted: pending again")
    public Uni<RestResponse<DocumentResponse>> reindex(@PathParam("id") UUID id) {
        return service.reindex(user.id(), id)
                .map(
                        stored ->
                                RestResponse.ResponseBuilder.<DocumentResponse>accepted()
                                        .entity(DocumentResponse.from(stored))
                                        .build());
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(user.id(), id).replaceWith(RestResponse.noContent());
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        if (title.length() > 500) {
            throw InvalidField.of("title", "body", "at most 500 characters");
        }
        return title.strip();
    }

    private static List<String> tags(String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        List<String> list =
                Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
        if (list.size() > MAX_TAGS) {
            throw InvalidField.of("tags", "body", "at most " + MAX_TAGS + " tags");
        }
        if (list.stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
            throw InvalidField.of(
                    "tags", "body", "each tag at most " + MAX_TAG_LENGTH + " characters");
        }
        return list;
    }
}
