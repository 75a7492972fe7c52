package dev.assistant.kit.outbox;

import java.nio.charset.StandardCharsets;

import dev.assistant.events.CloudEventHeaders;
import dev.assistant.events.EventCatalog;
import dev.assistant.events.EventType;
import dev.assistant.kit.observability.TraceParent;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Row;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * An outbox row as a Kafka record in CloudEvents binary mode (plus the W3C trace context of the
 * request that wrote it, when there was one): attributes in {@code ce_*} headers, the payload as
 * the value, the aggregate id as the key (one aggregate's events stay in order).
 */
final class CloudEventRecord {

    private CloudEventRecord() {}

    static Message<String> of(Row row) {
        String type = row.getString("event_type");
        String aggregateId = row.getString("aggregate_id");
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.getUUID("event_id").toString());
        header(
                headers,
                CloudEventHeaders.SOURCE,
                EventCatalog.byName(type)
                        .map(EventType::source)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "outbox row "
                                                        + row.getLong("id")
                                                        + " has unknown event type "
                                                        + type)));
        header(headers, CloudEventHeaders.TYPE, type);
        header(
                headers,
                CloudEventHeaders.SUBJECT,
                row.getString("aggregate_type") + "/" + aggregateId);
        header(headers, CloudEventHeaders.TIME, row.getOffsetDateTime("occurred_at").toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        OutgoingKafkaRecordMetadata<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(aggregateId)
                        .withHeaders(headers)
                        .build();
        Message<String> message =
                Message.of(row.getJsonObject("payload").encode()).addMetadata(metadata);
        String traceParent = row.getString("trace_parent");
        // Published as a child of the request that wrote the event: the Kafka connector's tracing
        // starts its producer span there and puts that span's traceparent in the record's headers.
        return traceParent == null
                ? message
                : message.addMetadata(
                        TracingMetadata.withCurrent(TraceParent.context(traceParent)));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
