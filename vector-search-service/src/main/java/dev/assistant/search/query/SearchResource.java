package dev.assistant.search.query;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import dev.assistant.kit.problem.InvalidField;
import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/search?q=...: the caller's own documents (uploads, chat memories...) found by meaning,
 * by words, or both.
 */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "search")
public class SearchResource {

    @Inject SearchService service;

    @Inject CurrentUser user;

    @GET
    public Uni<SearchResponse> search(
            @QueryParam("q") @NotBlank @Size(max = 1000) String q,
            @QueryParam("mode")
                    @DefaultValue("hybrid")
                    @Pattern(
                            regexp = "hybrid|semantic|keyword",
                            message = "must be one of hybrid, semantic, keyword")
                    String mode,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @Parameter(description = "Semantic candidates below this cosine similarity are dropped")
                    @QueryParam("minScore")
                    @DefaultValue("0.25")
                    @DecimalMin("-1.0")
                    @DecimalMax("1.0")
                    double minScore,
            @QueryParam("source") @Size(max = 100) String source,
            @QueryParam("documentId") UUID documentId,
            @Parameter(description = "Repeatable: a document must have every tag given")
                    @QueryParam("tag")
                    @Size(max = 20)
                    List<@Size(max = 100) String> tags,
            @Parameter(description = "Documents created at or after (ISO-8601 with offset)")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Documents created before (ISO-8601 with offset)")
                    @QueryParam("to")
                    String to,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(
                            description =
                                    "Chunks around each hit's chunk to include (neighbours), on each"
                                            + " side")
                    @QueryParam("context")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(3)
                    int context) {
        SearchFilter filter =
                new SearchFilter(source, documentId, tags, time("from", from), time("to", to));
        return service.search(
                user.id(),
                new SearchService.Query(
                        q.strip(),
                        SearchMode.valueOf(mode),
                        filter,
                        limit,
                        minScore,
                        cursor,
                        context));
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidField.of(
                    field,
                    "query",
                    "not an ISO-8601 date-time with offset, e.g. 2025-11-01T10:00:00Z");
        }
    }
}
