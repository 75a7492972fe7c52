package dev.assistant.chat.admin;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The service's database as an operator sees it (GET /api/chat/admin/database).
 *
 * @param poolMaxSize configured connections of this replica's pool
 * @param connectionsActive this service's connections running a statement now (all replicas)
 * @param connectionsIdle ... idle
 * @param idleInTransaction ... idle inside an open transaction (holding locks and snapshots)
 * @param poolHealthScore 0 (in trouble) to 100 (fine); how it is computed is in docs/api.md
 * @param slowQueries statements running longer than the threshold, longest first
 */
public record DatabaseView(
        int poolMaxSize,
        int connectionsActive,
        int connectionsIdle,
        int idleInTransaction,
        int poolHealthScore,
        double thresholdSeconds,
        List<SlowQuery> slowQueries) {

    public record SlowQuery(
            int pid,
            @Schema(nullable = true) String user,
            @Schema(nullable = true) String application,
            @Schema(nullable = true) String state,
            double seconds,
            @Schema(nullable = true) String waitEvent,
            @Schema(nullable = true) String query) {}
}
