package dev.assistant.chat.admin;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Cross-user reads for administrators: counts and the database's own activity views. */
@ApplicationScoped
public class AdminRepository {

    @Inject Pool pool;

    public Uni<AdminStats> stats() {
        return pool.query(
                        """
                SELECT (SELECT count(*) FROM users) AS users,
                       (SELECT count(*) FROM users WHERE active) AS active_users,
                       (SELECT count(*) FROM users WHERE last_seen_at > now() - interval '24 hours') AS seen,
                       (SELECT count(*) FROM conversations) AS conversations,
                       (SELECT count(*) FROM messages) AS messages,
                       (SELECT count(*) FROM memories) AS memories,
                       (SELECT count(*) FROM files) AS files,
                       (SELECT coalesce(sum(size_bytes), 0) FROM file_contents) AS bytes,
                       (SELECT count(*) FROM outbox WHERE published_at IS NULL) AS backlog""")
                .execute()
                .map(AdminRows::stats);
    }

    /** Connections of this database's user (this service, every replica) by state. */
    public Uni<ConnectionStates> connectionStates() {
        return pool.query(
                        """
                SELECT count(*) FILTER (WHERE state = 'active') AS active,
                       count(*) FILTER (WHERE state = 'idle') AS idle,
                       count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_tx
                FROM pg_stat_activity WHERE datname = current_database() AND usename = current_user""")
                .execute()
                .map(AdminRows::connectionStates);
    }

    /** Statements in this database running longer than the threshold, except this one. */
    public Uni<List<DatabaseView.SlowQuery>> slowQueries(double thresholdSeconds) {
        return pool.preparedQuery(
                        """
                SELECT pid, usename, application_name, state, extract(epoch FROM now() - query_start) AS seconds,
                       coalesce(wait_event_type || ':' || wait_event, '') AS wait, left(query, 500) AS query
                FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
                  AND query_start < now() - make_interval(secs => $1)
                ORDER BY query_start LIMIT 50""")
                .execute(Tuple.of(thresholdSeconds))
                .map(AdminRows::slowQueries);
    }
}
