package dev.assistant.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.assistant.events.CloudEventHeaders;
import dev.assistant.events.EventJson;
import dev.assistant.events.EventType;
import dev.assistant.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from Kafka in binary mode: attributes from the ce_* headers, the JSON data as
 * it came.
 */
/**
 * @param time when the change happened at its producer (ce_time; the Kafka record's timestamp when
 *     absent): what erasure compares against, since events of one user may arrive out of order
 */
public record IncomingEvent(UUID id, String type, String source, OffsetDateTime time, String data) {

    /**
     * @throws PoisonEventException when the record is not a CloudEvent this service can read
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null || record.value() == null) {
            throw new PoisonEventException("missing ce_id or ce_type header, or no data");
        }
        try {
            return new IncomingEvent(
                    UUID.fromString(id),
                    type,
                    header(record, CloudEventHeaders.SOURCE),
                    time(record),
                    record.value());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonEventException("unreadable event id " + id + ": " + e.getMessage());
        }
    }

    /**
     * The data as the contract's payload record of {@code type}.
     *
     * @throws PoisonEventException when the data is not that payload (missing required field, wrong
     *     type)
     */
    public <P extends Record> P payload(EventType<P> eventType) {
        try {
            return EventJson.read(eventType, data);
        } catch (MalformedEventException e) {
            throw new PoisonEventException("event " + id + " (" + type + "): " + e.getMessage());
        }
    }

    private static OffsetDateTime time(ConsumerRecord<String, String> record) {
        String time = header(record, CloudEventHeaders.TIME);
        return time != null
                ? OffsetDateTime.parse(time)
                : Instant.ofEpochMilli(record.timestamp()).atOffset(ZoneOffset.UTC);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
