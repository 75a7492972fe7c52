package dev.assistant.goals.analytics;

import java.util.List;
import java.util.UUID;

import dev.assistant.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/goals/analytics: read-only aggregates of the caller's data for charts. rootId narrows to one
 * tree (someone else's gives empty results); days and months are UTC.
 */
@Path("/api/goals/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "analytics")
public class AnalyticsResource {

    @Inject AnalyticsService service;

    @Inject CurrentUser user;

    /** Sessions per day of a calendar year (default: this year); days without any are left out. */
    @GET
    @Path("/heatmap")
    public Uni<List<HeatmapDay>> heatmap(
            @QueryParam("rootId") UUID rootId,
            @QueryParam("year") @Min(1970) @Max(9999) Integer year) {
        return service.heatmap(user.id(), rootId, year);
    }

    /** Each metric of the activity over time (or only metricId's). */
    @GET
    @Path("/activities/{id}/progress")
    public Uni<List<MetricProgress>> progress(
            @PathParam("id") UUID activityId, @QueryParam("metricId") UUID metricId) {
        return service.progress(user.id(), activityId, metricId);
    }

    /** Completed goals in completion order, and completions per month. */
    @GET
    @Path("/goals/completions")
    public Uni<GoalCompletions> completions(@QueryParam("rootId") UUID rootId) {
        return service.completions(user.id(), rootId);
    }

    @GET
    @Path("/counts")
    public Uni<Counts> counts(@QueryParam("rootId") UUID rootId) {
        return service.counts(user.id(), rootId);
    }
}
