package dev.assistant.chat.outbox;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One event waiting in (or read from) the outbox.
 *
 * @param eventId       CloudEvents id; consumers de-duplicate on it
 * @param eventType     CloudEvents type, versioned (e.g. dev.assistant.chat.memory.saved.v1)
 * @param aggregateType what changed (memory, conversation, ...)
 * @param aggregateId   which one; the Kafka key, so one aggregate's events stay in order
 * @param ownerId       the user the data belongs to
 * @param payload       the event's JSON data
 * @param occurredAt    when the change was committed (null before insertion)
 */
public record OutboxEvent(
        UUID eventId,
        String eventType,
        String aggregateType,
        String aggregateId,
        String ownerId,
        Map<String, Object> payload,
        OffsetDateTime occurredAt) {

    public static OutboxEvent of(String eventType, String aggregateType, Object aggregateId, String ownerId,
            Map<String, Object> payload) {
        return new OutboxEvent(UUID.randomUUID(), eventType, aggregateType, aggregateId.toString(), ownerId, payload, null);
    }
}
