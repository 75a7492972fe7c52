package dev.assistant.kit.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import static org.awaitility.Awaitility.await;

/**
 * For producers' tests: reads what a service published on a topic of the real Kafka, from a point
 * in time on (the counterpart of {@link TestEventProducer}).
 */
public final class TopicReader {

    private final String bootstrap;
    private final String topic;

    public TopicReader(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /**
     * A reader of the topic the running service publishes to on {@code channel}, on the service's
     * own Kafka (its {@code kafka.bootstrap.servers} and {@code
     * mp.messaging.outgoing.<channel>.topic}).
     */
    public static TopicReader forOutgoingChannel(String channel) {
        Config config = ConfigProvider.getConfig();
        return new TopicReader(
                config.getValue("kafka.bootstrap.servers", String.class),
                config.getValue("mp.messaging.outgoing." + channel + ".topic", String.class));
    }

    /**
     * The records matching {@code wanted} published since {@code sinceMillis}, in partition order,
     * waiting (up to 30 s) until at least {@code expected} arrived: reads from the offsets of that
     * time, not the topic's beginning, which grows with every test run.
     */
    public List<ConsumerRecord<String, String>> published(
            Predicate<ConsumerRecord<String, String>> wanted, int expected, long sinceMillis) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            seekToTime(consumer, sinceMillis);
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> {
                                consumer.poll(Duration.ofMillis(200))
                                        .forEach(
                                                r -> {
                                                    if (wanted.test(r)) {
                                                        found.add(r);
                                                    }
                                                });
                                return found.size() >= expected;
                            });
        }
        return found;
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    /** Every partition at its first offset at or after the time (its end when there is none). */
    private void seekToTime(KafkaConsumer<String, String> consumer, long sinceMillis) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !consumer.partitionsFor(topic).isEmpty());
        List<TopicPartition> partitions =
                consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> since = new HashMap<>();
        partitions.forEach(p -> since.put(p, sinceMillis));
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        consumer.offsetsForTimes(since)
                .forEach(
                        (partition, atTime) ->
                                consumer.seek(
                                        partition,
                                        atTime == null ? ends.get(partition) : atTime.offset()));
    }

    /** A header's value as text, or null when the record lacks it. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
