package dev.assistant.goals.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.goals.support.OutboxRows;
import dev.assistant.kit.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static dev.assistant.kit.testing.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;

/** Every goal write appends its events in its transaction; the relay publishes them to Kafka. */
@QuarkusTest
class GoalEventsTest {

    @Inject Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.outgoing.outbox.topic")
    String topic;

    @Test
    void createAndSubtreeDeleteArriveOnKafkaOnePerGoal() {
        long since = System.currentTimeMillis() - 2_000;
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Chạy marathon 🏃", "UltimateGoal", null);
        String child = api.create("Half marathon", "MidTermGoal", root);
        String grandchild = api.create("10 km", "ShortTermGoal", child);
        api.delete(child).statusCode(204);

        List<ConsumerRecord<String, String>> records =
                new TopicReader(bootstrap, topic)
                        .published(r -> r.value().contains("\"" + api.user() + "\""), 5, since);

        assertThat(records)
                .filteredOn(r -> r.key().equals(child))
                .extracting(r -> header(r, "ce_type"))
                .containsExactly(GoalsEvents.GOAL_CREATED.name(), GoalsEvents.GOAL_DELETED.name());
        assertThat(records)
                .filteredOn(r -> header(r, "ce_type").equals(GoalsEvents.GOAL_DELETED.name()))
                .extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(child, grandchild);
        ConsumerRecord<String, String> created =
                records.stream().filter(r -> r.key().equals(root)).findFirst().orElseThrow();
        assertThat(header(created, "ce_source")).isEqualTo(GoalsEvents.SOURCE);
        assertThat(header(created, "ce_subject")).isEqualTo("goal/" + root);
        JsonObject payload = new JsonObject(created.value());
        assertThat(payload.getString("title")).isEqualTo("Chạy marathon 🏃");
        assertThat(payload.getString("rootId")).isEqualTo(root);
        assertThat(payload.getString("level")).isEqualTo("UltimateGoal");
    }

    @Test
    void everyWriteAppendsItsEventsInTreeOrderAndNoOpsAppendNone() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String a = api.create("A", "LongTermGoal", root);
        String b = api.create("B", "LongTermGoal", root);
        String mid = api.create("Mid", "MidTermGoal", a);
        api.create("Short", "ShortTermGoal", mid);
        long before = outboxRows(api.user()).size();

        api.patch(mid, Map.of("title", "Mid, renamed")).statusCode(200);
        api.action(mid, "complete", null).statusCode(200);
        api.action(mid, "complete", null).statusCode(200);
        api.action(mid, "uncomplete", null).statusCode(200);
        api.action(mid, "move", Map.of("parentId", b)).statusCode(200);
        api.action(mid, "level", Map.of("level", "ShortTermGoal")).statusCode(400);
        api.action(mid, "level", Map.of("level", "MidTermGoal")).statusCode(200);
        api.action(mid, "copy", Map.of("parentId", a)).statusCode(201);
        api.delete(b).statusCode(204);
        api.action(b, "restore", null).statusCode(200);

        List<Row> rows = outboxRows(api.user());
        assertThat(rows.subList((int) before, rows.size()))
                .extracting(r -> r.getString("event_type"))
                .containsExactly(
                        GoalsEvents.GOAL_UPDATED.name(),
                        GoalsEvents.GOAL_COMPLETED.name(),
                        GoalsEvents.GOAL_UPDATED.name(),
                        GoalsEvents.GOAL_UPDATED.name(),
                        GoalsEvents.GOAL_CREATED.name(),
                        GoalsEvents.GOAL_CREATED.name(),
                        GoalsEvents.GOAL_DELETED.name(),
                        GoalsEvents.GOAL_DELETED.name(),
                        GoalsEvents.GOAL_DELETED.name(),
                        GoalsEvents.GOAL_RESTORED.name(),
                        GoalsEvents.GOAL_RESTORED.name(),
                        GoalsEvents.GOAL_RESTORED.name());
        List<String> deletedInOrder = new ArrayList<>();
        rows.stream()
                .filter(r -> r.getString("event_type").equals(GoalsEvents.GOAL_DELETED.name()))
                .forEach(r -> deletedInOrder.add(r.getString("aggregate_id")));
        List<String> subtreeOfB =
                api.treeIds(root)
                        .subList(api.treeIds(root).indexOf(b), api.treeIds(root).indexOf(b) + 3);
        assertThat(deletedInOrder).containsExactlyElementsOf(subtreeOfB);
        assertThat(Set.copyOf(subtreeOfB)).contains(b, mid);
    }

    @Test
    void aRejectedWriteAppendsNothing() {
        GoalsApi api = GoalsApi.newUser();
        String root = api.create("Root", "UltimateGoal", null);
        String mid = api.create("Mid", "MidTermGoal", root);
        int before = outboxRows(api.user()).size();
        api.action(root, "move", Map.of("parentId", mid)).statusCode(400);
        api.post("Upwards", "LongTermGoal", mid).statusCode(400);
        api.action(mid, "copy", Map.of("parentId", mid + "x")).statusCode(400);
        assertThat(outboxRows(api.user())).hasSize(before);
    }

    private List<Row> outboxRows(String ownerId) {
        return OutboxRows.of(pool, ownerId);
    }
}
