package dev.assistant.chat.admin;

import java.util.List;

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
            String user,
            String application,
            String state,
            double seconds,
            String waitEvent,
            String query) {}
}
