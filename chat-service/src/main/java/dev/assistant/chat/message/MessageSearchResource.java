package dev.assistant.chat.message;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import dev.assistant.chat.user.ActiveUser;
import dev.assistant.kit.problem.InvalidField;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/chat/messages/search: search across all of the caller's messages. */
@Path("/api/chat/messages/search")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "messages")
public class MessageSearchResource {

    public record SearchResponse(String query, List<MessageSearchHit> items) {}

    @Inject MessageSearchService service;

    @Inject ActiveUser user;

    @GET
    public Uni<SearchResponse> search(
            @QueryParam("q") @NotBlank @Size(max = 500) String q,
            @QueryParam("conversationId") UUID conversationId,
            @QueryParam("role")
                    @Pattern(
                            regexp = "user|assistant|system",
                            message = "must be one of user, assistant, system")
                    String role,
            @QueryParam("model") @Size(max = 100) String model,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("fuzzy") @DefaultValue("true") boolean fuzzy) {
        MessageSearchQuery query =
                new MessageSearchQuery(
                        q.strip(),
                        conversationId,
                        role,
                        model,
                        time("from", from),
                        time("to", to),
                        limit,
                        fuzzy);
        return user.id()
                .chain(owner -> service.search(owner, query))
                .map(items -> new SearchResponse(q, items));
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
