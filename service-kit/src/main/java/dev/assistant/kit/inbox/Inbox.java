package dev.assistant.kit.inbox;

import java.util.UUID;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * processed_events (DDL: event-contract's db/lib/inbox): exactly-once effects over at-least-once
 * delivery. An event's effect and its inbox row commit in one transaction, so a redelivered event
 * (Kafka rebalance, relay resend, replay) changes nothing.
 */
@ApplicationScoped
public class Inbox {

    @Inject Pool pool;

    /**
     * A cheap pre-check, so expensive work before the effect (embedding, say) is skipped for a
     * redelivery.
     */
    public Uni<Boolean> alreadyProcessed(UUID eventId) {
        return pool.preparedQuery("SELECT 1 FROM processed_events WHERE event_id = $1")
                .execute(Tuple.of(eventId))
                .map(rows -> rows.size() > 0);
    }

    /**
     * Runs {@code effect} in a transaction with the event's inbox row; a duplicate runs nothing.
     *
     * @return true when the effect ran, false for a duplicate
     */
    public Uni<Boolean> once(IncomingEvent event, Function<SqlConnection, Uni<?>> effect) {
        return pool.withTransaction(
                tx ->
                        claim(tx, event.id(), event.type())
                                .call(
                                        claimed ->
                                                claimed
                                                        ? effect.apply(tx)
                                                        : Uni.createFrom().voidItem()));
    }

    private Uni<Boolean> claim(SqlConnection tx, UUID eventId, String eventType) {
        return tx.preparedQuery(
                        "INSERT INTO processed_events (event_id, event_type) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(eventId, eventType))
                .map(rows -> rows.rowCount() == 1);
    }
}
