package dev.assistant.search.query;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/search?q=...: semantic search across the caller's own chat memories (and, later, notes,
 * files, messages).
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
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit,
            @QueryParam("minScore") @DefaultValue("0.25") @DecimalMin("-1.0") @DecimalMax("1.0")
                    double minScore) {
        return service.search(user.id(), q.strip(), limit, minScore);
    }
}
