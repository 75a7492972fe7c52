package dev.assistant.chat.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.assistant.chat.support.ChatApi;
import dev.assistant.events.EventCatalog;
import dev.assistant.events.EventJson;
import dev.assistant.events.EventType;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event the live API writes, read back from the outbox the way a consumer reads it, but
 * strictly: each payload has exactly its type's fields (none missing, none extra), and its
 * aggregate id and owner are the ones the payload names. Fails when a producer drifts from the
 * contract, including the one-statement bulk insert, whose payload is built in SQL.
 */
@QuarkusTest
class EventContractTest {

    @Inject Pool pool;

    @Test
    void everyEventTheApiWritesMatchesItsContractDefinitionExactly() {
        ChatApi user = ChatApi.newUser();
        String memory = user.memory("contract");
        user.request()
                .body(Map.of("title", "contract 2", "content", "replaced"))
                .put("/api/chat/memories/" + memory)
                .then()
                .statusCode(200);
        user.request().delete("/api/chat/memories/" + memory).then().statusCode(204);

        String conversation = user.conversation("contract", "a", "b");
        user.request()
                .body(Map.of("pinned", true))
                .patch("/api/chat/conversations/" + conversation)
                .then()
                .statusCode(200);
        String message = user.message(conversation, "user", "héllo \uD83D\uDE00");
        user.bulk(conversation, 3, "bulk");
        user.request()
                .body(Map.of("content", "edited"))
                .patch("/api/chat/conversations/" + conversation + "/messages/" + message)
                .then()
                .statusCode(200);
        user.request()
                .delete("/api/chat/conversations/" + conversation + "/messages/" + message)
                .then()
                .statusCode(204);
        String branch =
                user.request()
                        .body(Map.of("fromSequence", 2, "title", "branch"))
                        .post("/api/chat/conversations/" + conversation + "/branches")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String file =
                given().header("Authorization", TestTokens.bearer(user.id()))
                        .multiPart(
                                "file",
                                "notes.txt",
                                "plain text notes".getBytes(StandardCharsets.UTF_8),
                                "text/plain")
                        .multiPart("conversationId", conversation)
                        .post("/api/chat/files")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        user.request().delete("/api/chat/files/" + file).then().statusCode(204);
        user.request().delete("/api/chat/conversations/" + branch).then().statusCode(204);
        String admin = TestTokens.adminBearer("admin-" + UUID.randomUUID());
        given().header("Authorization", admin)
                .post("/api/chat/admin/users/" + user.id() + "/deactivate")
                .then()
                .statusCode(200);
        given().header("Authorization", admin)
                .post("/api/chat/admin/users/" + user.id() + "/activate")
                .then()
                .statusCode(200);
        List<Row> beforeErasure = outbox(user.id());
        user.request().delete("/api/chat/me").then().statusCode(204);

        Set<String> seen = new HashSet<>();
        for (Row row : outbox(user.id())) {
            EventType<?> type = EventCatalog.byName(row.getString("event_type")).orElseThrow();
            String json = row.getJsonObject("payload").encode();
            Record payload = EventJson.readStrict(type, json);
            assertThat(new JsonObject(json).fieldNames())
                    .as(type.name())
                    .containsExactlyInAnyOrderElementsOf(type.fields());
            assertThat(row.getString("aggregate_id"))
                    .as(type.name())
                    .isEqualTo(aggregateId(type, payload));
            assertThat(row.getString("aggregate_type")).isEqualTo(type.aggregateType());
            assertThat(row.getString("owner_id")).isEqualTo(user.id());
            seen.add(type.name());
        }
        assertThat(beforeErasure).isNotEmpty();
        assertThat(seen)
                .as("every chat event type was produced")
                .containsExactlyInAnyOrderElementsOf(
                        ChatEvents.ALL.stream().map(EventType::name).toList());
        JsonObject text =
                outbox(user.id()).stream()
                        .filter(
                                r ->
                                        r.getString("event_type")
                                                .equals(ChatEvents.FILE_UPLOADED.name()))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("payload");
        assertThat(text.getString("text")).isEqualTo("plain text notes");
        assertThat(text.getString("conversationId")).isEqualTo(conversation);
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> String aggregateId(EventType<P> type, Record payload) {
        return type.aggregateId((P) payload);
    }

    /** The owner's events, in outbox order (the erasure event's owner is the user too). */
    private List<Row> outbox(String owner) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM outbox WHERE owner_id = $1 ORDER BY id")
                .execute(Tuple.of(owner))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }
}
