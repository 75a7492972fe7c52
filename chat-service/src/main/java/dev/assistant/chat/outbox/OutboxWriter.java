package dev.assistant.chat.outbox;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends events to the outbox on the caller's transaction, so an event commits or rolls back
 * together with the change it announces. It never publishes: {@link OutboxRelay} does.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO outbox (event_id, event_type, aggregate_type, aggregate_id, owner_id, payload)
            VALUES ($1, $2, $3, $4, $5, $6)""";

    public Uni<Void> append(SqlConnection transaction, OutboxEvent event) {
        Tuple row = Tuple.from(List.of(event.eventId(), event.eventType(), event.aggregateType(),
                event.aggregateId(), event.ownerId(), new JsonObject(event.payload())));
        return transaction.preparedQuery(INSERT).execute(row).replaceWithVoid();
    }
}
