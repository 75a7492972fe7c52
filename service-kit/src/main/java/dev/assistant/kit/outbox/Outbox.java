package dev.assistant.kit.outbox;

import java.util.List;

import dev.assistant.events.EventType;
import dev.assistant.events.outbox.Lane;
import dev.assistant.events.outbox.OutboxRow;
import dev.assistant.events.outbox.OutboxSql;
import dev.assistant.kit.observability.TraceParent;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes an event into the service's outbox on the caller's transaction, so the event commits or
 * rolls back with the change it announces. That is all a caller does: the outbox table's trigger
 * wakes {@link OutboxRelay} when the transaction commits, and the relay publishes. The row keeps
 * the current trace ({@link TraceParent}), which the published event continues.
 */
@ApplicationScoped
@IfBuildProperty(name = "assistant.outbox.enabled", stringValue = "true")
public class Outbox {

    public <P extends Record> Uni<Void> append(
            SqlClient transaction, EventType<P> type, P payload) {
        OutboxRow row = OutboxRow.of(type, payload, Lane.LIVE);
        return transaction
                .preparedQuery(OutboxSql.INSERT_REACTIVE)
                .execute(Tuple.from(row.values()).addString(TraceParent.current()))
                .replaceWithVoid();
    }

    /**
     * One event per payload, appended one after another in the list's order, which the outbox (and
     * so Kafka, per aggregate) keeps.
     */
    public <P extends Record> Uni<Void> appendAll(
            SqlClient transaction, EventType<P> type, List<P> payloads) {
        return Multi.createFrom()
                .iterable(payloads)
                .onItem()
                .transformToUniAndConcatenate(payload -> append(transaction, type, payload))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
