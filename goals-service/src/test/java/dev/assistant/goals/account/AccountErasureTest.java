package dev.assistant.goals.account;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.EventJson;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MemoryDeleted;
import dev.assistant.events.chat.ChatEvents.UserDeleted;
import dev.assistant.kit.testing.TestEventProducer;
import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** chat-service's user.deleted through the real Kafka: every goal of that user goes, once. */
@QuarkusTest
class AccountErasureTest {

    private static final String GOALS = "/api/goals/goals";
    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);

    @Inject Pool pool;

    private TestEventProducer events;

    @BeforeEach
    void connect() {
        events = TestEventProducer.forIncomingChannel("chat-events");
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void erasedUserLosesEveryGoalAndOthersKeepTheirs() {
        String erased = "erased-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        String root = create(erased, "Run a marathon", "UltimateGoal", null);
        String mid = create(erased, "Run a half marathon", "MidTermGoal", root);
        create(erased, "Run 5 km today", "MicroGoal", mid);
        String second = create(erased, "Learn Italian", "UltimateGoal", null);
        // A soft-deleted subtree must go as well: erasure is physical.
        String dropped = create(erased, "Read Dante", "LongTermGoal", second);
        given().header("Authorization", TestTokens.bearer(erased))
                .delete(GOALS + "/" + dropped)
                .then()
                .statusCode(204);
        String otherRoot = create(other, "Climb a mountain", "UltimateGoal", null);
        create(other, "Train on stairs", "ShortTermGoal", otherRoot);
        assertThat(goals(erased)).isEqualTo(5);
        assertThat(goals(other)).isEqualTo(2);

        events.send(ChatEvents.USER_DELETED, new UserDeleted(erased));
        await().atMost(APPLIED_WITHIN).until(() -> goals(erased) == 0);

        assertThat(goals(other)).isEqualTo(2);
        given().header("Authorization", TestTokens.bearer(erased))
                .get(GOALS)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().header("Authorization", TestTokens.bearer(erased))
                .get(GOALS + "/" + root + "/tree")
                .then()
                .statusCode(404);
        given().header("Authorization", TestTokens.bearer(other))
                .get(GOALS + "/" + otherRoot + "/tree")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
    }

    @Test
    void redeliveredErasureIsAppliedOnceAndSparesLaterGoals() {
        String erased = "erased-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        create(erased, "Write a novel", "UltimateGoal", null);
        create(other, "Plant a tree", "UltimateGoal", null);

        UUID eventId = UUID.randomUUID();
        UserDeleted deleted = new UserDeleted(erased);
        events.send(eventId, ChatEvents.USER_DELETED, deleted);
        await().atMost(APPLIED_WITHIN).until(() -> goals(erased) == 0);

        // The same identity may start afresh; a redelivered old erasure must not touch that.
        String fresh = create(erased, "Start again", "UltimateGoal", null);
        events.send(eventId, ChatEvents.USER_DELETED, deleted);
        // A later event with the same key (the erased user's id) proves the copy before it was
        // consumed; it erases a user who has nothing.
        UUID marker = UUID.randomUUID();
        events.sendRaw(
                marker,
                ChatEvents.USER_DELETED.name(),
                ChatEvents.USER_DELETED.source(),
                erased,
                EventJson.write(new UserDeleted("nobody-" + UUID.randomUUID())));
        await().atMost(APPLIED_WITHIN).until(() -> processed(marker) == 1);

        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(goals(erased)).isEqualTo(1);
        given().header("Authorization", TestTokens.bearer(erased))
                .get(GOALS + "/" + fresh)
                .then()
                .statusCode(200);
        assertThat(goals(other)).isEqualTo(1);
    }

    @Test
    void otherEventTypesAreSkipped() {
        String user = "user-" + UUID.randomUUID();
        create(user, "Keep me", "UltimateGoal", null);
        UUID skipped = UUID.randomUUID();
        events.sendRaw(
                skipped,
                ChatEvents.MEMORY_DELETED.name(),
                ChatEvents.MEMORY_DELETED.source(),
                user,
                EventJson.write(new MemoryDeleted(UUID.randomUUID(), user)));
        // A later erasure of someone else on the same key shows the skipped event was read.
        UUID marker = UUID.randomUUID();
        events.sendRaw(
                marker,
                ChatEvents.USER_DELETED.name(),
                ChatEvents.USER_DELETED.source(),
                user,
                EventJson.write(new UserDeleted("nobody-" + UUID.randomUUID())));
        await().atMost(APPLIED_WITHIN).until(() -> processed(marker) == 1);

        assertThat(processed(skipped)).isZero();
        assertThat(goals(user)).isEqualTo(1);
    }

    private static String create(String user, String title, String level, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "level", level));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return given().header("Authorization", TestTokens.bearer(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(GOALS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Every row of the user in the goals table, soft-deleted ones included. */
    private long goals(String owner) {
        return count("SELECT count(*) FROM goals WHERE owner_id = $1", owner);
    }

    private long processed(UUID eventId) {
        return count("SELECT count(*) FROM processed_events WHERE event_id = $1", eventId);
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(parameter))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
