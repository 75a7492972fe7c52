package dev.assistant.chat.message;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.assistant.chat.support.ChatApi;
import dev.assistant.events.chat.ChatEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class MessageApiTest {

    @Inject Pool pool;

    private static String messages(String conversationId) {
        return "/api/chat/conversations/" + conversationId + "/messages";
    }

    @Test
    void bulkOfAThousandIsStoredInOrderWithOneEventEach() {
        ChatApi alice = ChatApi.newUser();
        String id = alice.conversation("Bulk");
        List<String> ids = alice.bulk(id, 1000, "line");
        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();

        var page =
                alice.request()
                        .queryParam("limit", 500)
                        .get(messages(id))
                        .then()
                        .statusCode(200)
                        .extract();
        assertThat(page.<List<Integer>>path("items.sequence"))
                .hasSize(500)
                .startsWith(1, 2, 3)
                .endsWith(500);
        assertThat(page.<String>path("items[0].content")).isEqualTo("line 0");
        assertThat(page.<Integer>path("nextAfterSequence")).isEqualTo(500);
        long events =
                pool.preparedQuery(
                                "SELECT count(*) FROM outbox WHERE aggregate_id = $1 AND event_type = $2")
                        .execute(Tuple.of(id, ChatEvents.MESSAGE_POSTED.name()))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0);
        assertThat(events).isEqualTo(1000);
        List<Long> sequences = new ArrayList<>();
        pool.preparedQuery(
                        "SELECT (payload->>'sequence')::bigint AS s FROM outbox WHERE aggregate_id = $1 AND event_type = $2 ORDER BY id")
                .execute(Tuple.of(id, ChatEvents.MESSAGE_POSTED.name()))
                .await()
                .indefinitely()
                .forEach(r -> sequences.add(r.getLong("s")));
        assertThat(sequences).isSorted();
    }

    @Test
    void pagesForwardAndBackwardByKeyset() {
        ChatApi bob = ChatApi.newUser();
        String id = bob.conversation("Paging");
        bob.bulk(id, 25, "m");

        var forward =
                bob.request()
                        .queryParam("afterSequence", 10)
                        .queryParam("limit", 5)
                        .get(messages(id))
                        .then()
                        .statusCode(200)
                        .extract();
        assertThat(forward.<List<Integer>>path("items.sequence"))
                .containsExactly(11, 12, 13, 14, 15);
        assertThat(forward.<Integer>path("nextAfterSequence")).isEqualTo(15);
        assertThat(forward.<Integer>path("nextBeforeSequence")).isEqualTo(11);

        var backward =
                bob.request()
                        .queryParam("beforeSequence", 11)
                        .queryParam("limit", 5)
                        .get(messages(id))
                        .then()
                        .extract();
        assertThat(backward.<List<Integer>>path("items.sequence")).containsExactly(6, 7, 8, 9, 10);
        var start =
                bob.request()
                        .queryParam("beforeSequence", 6)
                        .queryParam("limit", 10)
                        .get(messages(id))
                        .then()
                        .extract();
        assertThat(start.<List<Integer>>path("items.sequence")).containsExactly(1, 2, 3, 4, 5);
        assertThat(start.<Integer>path("nextBeforeSequence")).isNull();

        var end =
                bob.request()
                        .queryParam("afterSequence", 20)
                        .queryParam("limit", 10)
                        .get(messages(id))
                        .then()
                        .extract();
        assertThat(end.<List<Integer>>path("items.sequence")).containsExactly(21, 22, 23, 24, 25);
        assertThat(end.<Integer>path("nextAfterSequence")).isNull();
        bob.request()
                .queryParam("afterSequence", 1)
                .queryParam("beforeSequence", 5)
                .get(messages(id))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("beforeSequence"));
    }

    @Test
    void editKeepsTheOriginalAndDeleteUpdatesTheCount() {
        ChatApi carol = ChatApi.newUser();
        String id = carol.conversation("Edits");
        String message = carol.message(id, "user", "first draft");
        carol.request()
                .body(Map.of("content", "second draft"))
                .patch(messages(id) + "/" + message)
                .then()
                .statusCode(200);
        carol.request()
                .body(Map.of("content", "final"))
                .patch(messages(id) + "/" + message)
                .then()
                .statusCode(200)
                .body("content", equalTo("final"))
                .body("edited", equalTo(true))
                .body("originalContent", equalTo("first draft"));

        carol.message(id, "assistant", "reply");
        carol.request().delete(messages(id) + "/" + message).then().statusCode(204);
        carol.request().delete(messages(id) + "/" + message).then().statusCode(404);
        carol.request()
                .get("/api/chat/conversations/" + id)
                .then()
                .body("conversation.messageCount", equalTo(1));
        // Sequence numbers are never reused.
        carol.message(id, "user", "after delete");
        assertThat(
                        carol.request()
                                .get(messages(id))
                                .then()
                                .extract()
                                .<List<Integer>>path("items.sequence"))
                .containsExactly(2, 3);
    }

    @Test
    void rejectsBadMessagesNamingTheField() {
        ChatApi dave = ChatApi.newUser();
        String id = dave.conversation("Validation");
        dave.request()
                .body(Map.of("role", "robot", "content", "x"))
                .post(messages(id))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("role"));
        dave.request()
                .body(Map.of("role", "user", "content", ""))
                .post(messages(id))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("content"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("role", "user", "content", "x"));
        }
        dave.request()
                .body(Map.of("messages", tooMany))
                .post(messages(id) + "/bulk")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("messages"));
        dave.request().get(messages(id)).then().body("items.size()", equalTo(0));
    }

    @Test
    void searchRanksWordsHighlightsThemAndForgivesTypos() {
        ChatApi erin = ChatApi.newUser();
        String travel = erin.conversation("Travel");
        String cooking = erin.conversation("Cooking");
        erin.message(travel, "user", "Which trains go from Hanoi to Hue overnight?");
        erin.message(
                travel,
                "assistant",
                "The SE1 night train leaves Hanoi at 19:30 and reaches Hue the next morning.");
        erin.message(cooking, "user", "Phở needs star anise, cinnamon and charred onion.");

        var hits =
                erin.request()
                        .queryParam("q", "train Hanoi")
                        .get("/api/chat/messages/search")
                        .then()
                        .statusCode(200)
                        .extract();
        assertThat(hits.<List<String>>path("items.match")).containsOnly("fulltext");
        assertThat(hits.<List<String>>path("items.snippet"))
                .anySatisfy(s -> assertThat(s).contains("<mark>train</mark>"));
        assertThat(hits.<List<String>>path("items.conversationId")).containsOnly(travel);

        erin.request()
                .queryParam("q", "cinamon")
                .get("/api/chat/messages/search")
                .then()
                .statusCode(200)
                .body("items[0].match", equalTo("fuzzy"))
                .body("items[0].conversationId", equalTo(cooking))
                .body("items[0].snippet", containsString("cinnamon"));

        erin.request()
                .queryParam("q", "Hanoi")
                .queryParam("role", "assistant")
                .get("/api/chat/messages/search")
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].role", equalTo("assistant"));
        erin.request()
                .queryParam("q", "Hanoi")
                .queryParam("conversationId", cooking)
                .queryParam("fuzzy", false)
                .get("/api/chat/messages/search")
                .then()
                .body("items.size()", equalTo(0));
        erin.request()
                .queryParam("q", "Hanoi")
                .queryParam("from", OffsetDateTime.now().plusDays(1).toString())
                .queryParam("fuzzy", false)
                .get("/api/chat/messages/search")
                .then()
                .body("items.size()", equalTo(0));
        erin.request()
                .queryParam("q", "Hanoi")
                .queryParam("from", "yesterday")
                .get("/api/chat/messages/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("from"));
        erin.request()
                .get("/api/chat/messages/search")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("q"));
    }
}
