package dev.assistant.kit.outbox;

import java.time.Duration;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Listens for the outbox trigger's notification ({@code <schema>_outbox}), which PostgreSQL sends
 * when a transaction that inserted outbox rows commits, on one pooled connection held for the
 * purpose. A lost connection (database restart) is re-opened with back-off; meanwhile the relay's
 * poll still runs, so a lost notification delays an event by at most one poll interval.
 */
@ApplicationScoped
@IfBuildProperty(name = "assistant.outbox.enabled", stringValue = "true")
public class CommitListener {

    private static final Logger LOG = Logger.getLogger(CommitListener.class);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    @Inject Pool pool;

    @Inject Vertx vertx;

    private volatile boolean stopped;
    private volatile SqlConnection connection;

    void start(Runnable onCommit) {
        stopped = false;
        listen(onCommit, Duration.ofMillis(500));
    }

    void stop() {
        stopped = true;
        SqlConnection c = connection;
        if (c != null) {
            c.closeAndForget();
        }
    }

    private void listen(Runnable onCommit, Duration retryAfter) {
        if (stopped) {
            return;
        }
        pool.getConnection()
                .chain(
                        conn -> {
                            connection = conn;
                            PgConnection pg = PgConnection.cast(conn);
                            pg.notificationHandler(notification -> onCommit.run());
                            pg.closeHandler(
                                    () -> {
                                        connection = null;
                                        if (!stopped) {
                                            LOG.info(
                                                    "outbox commit listener: connection closed, listening again");
                                            vertx.setTimer(
                                                    retryAfter.toMillis(),
                                                    id -> listen(onCommit, Duration.ofMillis(500)));
                                        }
                                    });
                            return conn.query("SELECT current_schema() AS schema")
                                    .execute()
                                    .map(
                                            rows ->
                                                    rows.iterator().next().getString("schema")
                                                            + "_outbox")
                                    .call(
                                            channel ->
                                                    conn.query("LISTEN \"" + channel + "\"")
                                                            .execute())
                                    .onFailure()
                                    .call(conn::close);
                        })
                .subscribe()
                .with(
                        channel -> LOG.debugf("outbox commit listener: listening on %s", channel),
                        failure -> {
                            Duration next =
                                    retryAfter.multipliedBy(2).compareTo(MAX_RETRY) > 0
                                            ? MAX_RETRY
                                            : retryAfter.multipliedBy(2);
                            LOG.warnf(
                                    "outbox commit listener: cannot listen (%s); retrying in %d ms",
                                    failure.toString(), retryAfter.toMillis());
                            vertx.setTimer(retryAfter.toMillis(), id -> listen(onCommit, next));
                        });
    }
}
