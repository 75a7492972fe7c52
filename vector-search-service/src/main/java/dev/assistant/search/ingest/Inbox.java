package dev.assistant.search.ingest;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** processed_events: the consumer side of exactly-once effects over at-least-once delivery. */
@ApplicationScoped
public class Inbox {

    @Inject
    Pool pool;

    /** A cheap pre-check, so a redelivered event is not embedded again; {@link #claim} decides. */
    public Uni<Boolean> alreadyProcessed(UUID eventId) {
        return pool.preparedQuery("SELECT 1 FROM processed_events WHERE event_id = $1").execute(Tuple.of(eventId))
                .map(rows -> rows.size() > 0);
    }

    /** True when this transaction is the first to handle the event; false for a duplicate. */
    public Uni<Boolean> claim(SqlConnection tx, UUID eventId, String eventType) {
        return tx.preparedQuery("INSERT INTO processed_events (event_id, event_type) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(eventId, eventType))
                .map(rows -> rows.rowCount() == 1);
    }
}
