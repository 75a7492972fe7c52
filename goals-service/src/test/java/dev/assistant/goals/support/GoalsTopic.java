package dev.assistant.goals.support;

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

import static org.awaitility.Awaitility.await;

/** Reads what goals-service published on its (test) events topic, from a point in time on. */
public final class GoalsTopic {

    private final String bootstrap;
    private final String topic;

    public GoalsTopic(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /**
     * The records matching {@code wanted} published since {@code sinceMillis}, waiting until at
     * least {@code expected} arrived: reads from the offsets of that time, not the topic's
     * beginning, which grows with every test run.
     */
    public List<ConsumerRecord<String, String>> published(
            Predicate<ConsumerRecord<String, String>> wanted, int expected, long sinceMillis) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
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
                                            atTime == null
                                                    ? ends.get(partition)
                                                    : atTime.offset()));
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

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
