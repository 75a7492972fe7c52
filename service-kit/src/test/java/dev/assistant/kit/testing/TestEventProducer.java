package dev.assistant.kit.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;

import dev.assistant.events.CloudEventHeaders;
import dev.assistant.events.EventJson;
import dev.assistant.events.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * For consumers' tests: publishes contract events to the real Kafka exactly as an outbox relay does
 * (binary CloudEvents, keyed by aggregate id), and malformed ones as a broken producer would.
 */
public final class TestEventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public TestEventProducer(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
    }

    /**
     * A producer for the topic the running service consumes on {@code channel}, on the service's
     * own Kafka (its {@code kafka.bootstrap.servers} and {@code
     * mp.messaging.incoming.<channel>.topic}).
     */
    public static TestEventProducer forIncomingChannel(String channel) {
        Config config = ConfigProvider.getConfig();
        return new TestEventProducer(
                config.getValue("kafka.bootstrap.servers", String.class),
                config.getValue("mp.messaging.incoming." + channel + ".topic", String.class));
    }

    /** Sends one event with a new id; returns the id. */
    public <P extends Record> UUID send(EventType<P> type, P payload) {
        return send(UUID.randomUUID(), type, payload);
    }

    /** Sends one event with the given id (send twice to simulate a redelivery). */
    public <P extends Record> UUID send(UUID eventId, EventType<P> type, P payload) {
        sendAndWait(record(eventId, type, payload, OffsetDateTime.now()));
        return eventId;
    }

    /**
     * Sends one event that happened at {@code time} (ce_time), e.g. one delayed on its partition.
     */
    public <P extends Record> UUID sendAt(OffsetDateTime time, EventType<P> type, P payload) {
        UUID eventId = UUID.randomUUID();
        sendAndWait(record(eventId, type, payload, time));
        return eventId;
    }

    /**
     * Sends one event as part of a trace: with the W3C {@code traceparent} header a traced producer
     * (the outbox relay) writes.
     */
    public <P extends Record> UUID sendTraced(String traceParent, EventType<P> type, P payload) {
        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, String> record =
                record(eventId, type, payload, OffsetDateTime.now());
        header(record, "traceparent", traceParent);
        sendAndWait(record);
        return eventId;
    }

    /** Any headers and body, for events a correct producer would never send. */
    public void sendRaw(UUID eventId, String type, String source, String key, String json) {
        sendAndWait(record(eventId, type, source, key, json, OffsetDateTime.now()));
    }

    private <P extends Record> ProducerRecord<String, String> record(
            UUID eventId, EventType<P> type, P payload, OffsetDateTime time) {
        return record(
                eventId,
                type.name(),
                type.source(),
                type.aggregateId(payload),
                EventJson.write(payload),
                time);
    }

    private ProducerRecord<String, String> record(
            UUID eventId,
            String type,
            String source,
            String key,
            String json,
            OffsetDateTime time) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, eventId.toString());
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, time.toString());
        return record;
    }

    /** A record that is not a CloudEvent at all (no ce_id). */
    public void sendPoison(String key) {
        sendAndWait(new ProducerRecord<>(topic, key, "{not json"));
    }

    private void sendAndWait(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test event", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
