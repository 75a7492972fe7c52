package dev.assistant.search.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/** A CloudEvent in Kafka binary mode: attributes in ce_* headers, JSON data in the value. */
public record IncomingEvent(UUID id, String type, String source, JsonObject data) {

    /** @throws PoisonEventException when the record is not a CloudEvent this service can read */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null) {
            throw new PoisonEventException("missing ce_id or ce_type header");
        }
        try {
            return new IncomingEvent(UUID.fromString(id), type, header(record, "ce_source"), new JsonObject(record.value()));
        } catch (IllegalArgumentException | DecodeException | NullPointerException e) {
            throw new PoisonEventException("unreadable event " + id + ": " + e.getMessage());
        }
    }

    /** A required string field of the data. */
    public String require(String field) {
        String value = data.getString(field);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("event " + id + " (" + type + ") has no " + field);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
