package dev.assistant.events.outbox;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.assistant.events.EventJson;
import dev.assistant.events.EventType;

/**
 * One event as it is written to a service's outbox table, in the column order of {@link
 * OutboxSql#INSERT_REACTIVE} and {@link OutboxSql#INSERT_JDBC}.
 *
 * @param eventId the CloudEvents id; consumers de-duplicate on it
 * @param payload the payload as JSON text (cast to jsonb by the statement)
 */
public record OutboxRow(
        UUID eventId,
        String eventType,
        String aggregateType,
        String aggregateId,
        String ownerId,
        String payload,
        Lane lane) {

    public static <P extends Record> OutboxRow of(EventType<P> type, P payload, Lane lane) {
        return new OutboxRow(
                UUID.randomUUID(),
                type.name(),
                type.aggregateType(),
                type.aggregateId(payload),
                type.ownerId(payload),
                EventJson.write(payload),
                lane);
    }

    /** The values to bind, in column order. */
    public List<Object> values() {
        return Arrays.asList(
                eventId, eventType, aggregateType, aggregateId, ownerId, payload, lane.sqlValue());
    }
}
