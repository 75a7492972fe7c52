package dev.assistant.search.support;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.vertx.core.json.JsonObject;

/** Publishes chat events to the real Kafka exactly as chat-service's outbox relay does (binary CloudEvents). */
public final class ChatEventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public ChatEventProducer(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
        this.topic = topic;
    }

    public UUID memorySaved(String owner, String memoryId, String title, String content) {
        return send(UUID.randomUUID(), "dev.assistant.chat.memory.saved.v1", memoryId,
                Map.of("memoryId", memoryId, "ownerId", owner, "title", title, "content", content, "importance", 6));
    }

    public UUID memoryDeleted(String owner, String memoryId) {
        return send(UUID.randomUUID(), "dev.assistant.chat.memory.deleted.v1", memoryId,
                Map.of("memoryId", memoryId, "ownerId", owner));
    }

    public UUID send(UUID eventId, String type, String key, Map<String, Object> data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, new JsonObject(data).encode());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/assistant-suite/chat-service");
        header(record, "ce_time", OffsetDateTime.now().toString());
        sendAndWait(record);
        return eventId;
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
