package dev.assistant.chat.file;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import dev.assistant.chat.user.ActiveUser;
import dev.assistant.kit.content.UploadNames;
import dev.assistant.kit.problem.InvalidField;
import dev.assistant.kit.problem.ProblemTypes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** /api/chat/files: the caller's files. */
@Path("/api/chat/files")
@Authenticated
@Tag(name = "files")
public class FileResource {

    @Inject FileService service;

    @Inject ActiveUser user;

    @Inject Vertx vertx;

    @ConfigProperty(name = "assistant.files.max-size", defaultValue = "25M")
    MemorySize maxSize;

    /** multipart/form-data: "file" (required), "metadata" (a JSON object), "conversationId". */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponseSchema(
            value = FileResponse.class,
            responseCode = "201",
            responseDescription = "Created; Location is the new resource")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(requiredProperties = "file")))
    public Uni<RestResponse<FileResponse>> upload(
            @RestForm("file") FileUpload file,
            @RestForm("metadata") @Schema(description = "A JSON object: the file's metadata")
                    String metadata,
            @RestForm("conversationId")
                    @Schema(format = "uuid", description = "The conversation it belongs to")
                    String conversationId) {
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
        Map<String, Object> meta = parseMetadata(metadata);
        UUID conversation = parseUuid("conversationId", conversationId);
        String name = UploadNames.safe(file.fileName(), "file");
        return user.id()
                .chain(
                        owner ->
                                vertx.fileSystem()
                                        .readFile(file.uploadedFile().toString())
                                        .chain(
                                                content ->
                                                        service.upload(
                                                                owner,
                                                                new FileService.Upload(
                                                                        name,
                                                                        content,
                                                                        meta,
                                                                        conversation))))
                .map(
                        stored ->
                                RestResponse.ResponseBuilder.<FileResponse>created(
                                                URI.create("/api/chat/files/" + stored.id()))
                                        .entity(FileResponse.from(stored))
                                        .build());
    }

    @GET
    public Uni<FilePage> list(
            @QueryParam("conversationId") UUID conversationId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return user.id().chain(owner -> service.page(owner, conversationId, cursor, limit));
    }

    @GET
    @Path("/{id}")
    public Uni<FileResponse> metadata(@PathParam("id") UUID id) {
        return user.id().chain(owner -> service.get(owner, id)).map(FileResponse::from);
    }

    /**
     * The bytes, with an ETag (the sha256) for conditional requests and single byte ranges (206). A
     * record imported without its content answers 410 (content-missing), whatever the headers.
     */
    @GET
    @Path("/{id}/content")
    @APIResponse(
            responseCode = "200",
            description = "The bytes, in the media type the file was stored with",
            content =
                    @Content(
                            mediaType = MediaType.WILDCARD,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "206",
            description = "The requested byte range (Content-Range)",
            content =
                    @Content(
                            mediaType = MediaType.WILDCARD,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "304",
            description = "Not modified (If-None-Match matched the ETag)")
    @APIResponse(
            responseCode = "410",
            description = "The record exists but its content never reached the suite",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "HttpProblem")))
    @APIResponse(
            responseCode = "416",
            description = "The range lies outside the file (Content-Range names its size)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "HttpProblem")))
    public Uni<RestResponse<byte[]>> download(
            @PathParam("id") UUID id,
            @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return user.id()
                .chain(owner -> service.get(owner, id))
                .chain(
                        file -> {
                            if (FileService.contentMissing(file)) {
                                throw contentMissing(file);
                            }
                            String etag = "\"" + file.sha256() + "\"";
                            if (ifNoneMatch != null
                                    && (ifNoneMatch.contains(etag)
                                            || ifNoneMatch.strip().equals("*"))) {
                                return Uni.createFrom()
                                        .item(
                                                RestResponse.ResponseBuilder.<byte[]>create(
                                                                RestResponse.Status.NOT_MODIFIED)
                                                        .header(HttpHeaders.ETAG, etag)
                                                        .build());
                            }
                            ByteRange byteRange = parseRange(range, file.sizeBytes());
                            return service.read(file, byteRange)
                                    .map(
                                            bytes -> {
                                                if (bytes == null) {
                                                    throw new FileNotFoundException(id);
                                                }
                                                var response =
                                                        RestResponse.ResponseBuilder.ok(
                                                                        bytes.getBytes(),
                                                                        file.mimeType())
                                                                .header(HttpHeaders.ETAG, etag)
                                                                .header("Accept-Ranges", "bytes")
                                                                .header(
                                                                        "X-Content-Type-Options",
                                                                        "nosniff")
                                                                .header(
                                                                        HttpHeaders.CACHE_CONTROL,
                                                                        "private, max-age=0, must-revalidate")
                                                                .header(
                                                                        HttpHeaders
                                                                                .CONTENT_DISPOSITION,
                                                                        UploadNames
                                                                                .contentDisposition(
                                                                                        file
                                                                                                .name()));
                                                if (byteRange != null) {
                                                    response.status(
                                                                    RestResponse.Status
                                                                            .PARTIAL_CONTENT)
                                                            .header(
                                                                    "Content-Range",
                                                                    "bytes "
                                                                            + byteRange.first()
                                                                            + "-"
                                                                            + byteRange.last()
                                                                            + "/"
                                                                            + file.sizeBytes());
                                                }
                                                return response.build();
                                            });
                        });
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return user.id()
                .chain(owner -> service.delete(owner, id))
                .replaceWith(RestResponse.noContent());
    }

    /**
     * 410: the record exists (name, metadata) but its content never reached the suite; GET /{id}
     * still shows the record.
     */
    private static HttpProblem contentMissing(StoredFile file) {
        return HttpProblem.builder()
                .withType(URI.create(ProblemTypes.BASE + "content-missing"))
                .withStatus(410)
                .withTitle("Gone")
                .withDetail(
                        "file "
                                + file.id()
                                + ": the content of this file was not in the legacy data; its"
                                + " record and metadata were imported without it")
                .build();
    }

    private static ByteRange parseRange(String header, long size) {
        try {
            return ByteRange.parse(header, size);
        } catch (ByteRange.UnsatisfiableRangeException e) {
            throw HttpProblem.builder()
                    .withStatus(416)
                    .withTitle("Range Not Satisfiable")
                    .withDetail("Range: the file has " + size + " bytes")
                    .withHeader("Content-Range", "bytes */" + size)
                    .build();
        }
    }

    private static Map<String, Object> parseMetadata(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            JsonObject object = new JsonObject(json);
            if (object.encode().length() > 64 * 1024) {
                throw InvalidField.of("metadata", "body", "larger than 64 KiB");
            }
            return object.getMap();
        } catch (DecodeException | ClassCastException e) {
            throw InvalidField.of("metadata", "body", "not a JSON object");
        }
    }

    private static UUID parseUuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidField.of(field, "body", "not a UUID");
        }
    }
}
