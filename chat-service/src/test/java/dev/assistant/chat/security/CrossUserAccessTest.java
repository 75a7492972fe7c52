package dev.assistant.chat.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.assistant.chat.support.ChatApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * User B must not see, change or even detect user A's data: every endpoint that addresses one of
 * A's resources answers B exactly as it answers for an id that does not exist (404 problem+json),
 * collections and search never show A's items, and A's data is unchanged afterwards.
 */
@QuarkusTest
class CrossUserAccessTest {

    /** {@code expectedStatus}: what the same request answers for an id that does not exist. */
    private record Probe(
            String name, Function<RequestSpecification, Response> call, int expectedStatus) {
        Probe(String name, Function<RequestSpecification, Response> call) {
            this(name, call, 404);
        }
    }

    @TestFactory
    Stream<DynamicTest> anotherUsersResourcesAnswer404OnEveryEndpoint() {
        ChatApi alice = ChatApi.newUser();
        ChatApi bob = ChatApi.newUser();
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 8);
        String c = alice.conversation("Alice's private " + word, "private");
        String m = alice.message(c, "user", "Alice's secret " + word);
        alice.message(c, "assistant", "noted");
        String memory = alice.memory("Alice's memory " + word);
        String file =
                alice.request()
                        .contentType("multipart/form-data")
                        .multiPart(
                                "file",
                                "alice-" + word + ".txt",
                                ("Alice's file " + word).getBytes(StandardCharsets.UTF_8))
                        .post("/api/chat/files")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String conv = "/api/chat/conversations/" + c;

        List<Probe> probes =
                List.of(
                        new Probe("GET conversation", r -> r.get(conv)),
                        new Probe(
                                "PATCH conversation",
                                r ->
                                        r.body(Map.of("title", "hijacked", "archived", true))
                                                .patch(conv)),
                        new Probe("DELETE conversation", r -> r.delete(conv)),
                        new Probe(
                                "POST branch",
                                r -> r.body(Map.of("fromSequence", 1)).post(conv + "/branches")),
                        new Probe("GET export", r -> r.get(conv + "/export")),
                        new Probe(
                                "GET export markdown",
                                r -> r.queryParam("format", "markdown").get(conv + "/export")),
                        new Probe("GET messages", r -> r.get(conv + "/messages")),
                        new Probe(
                                "GET messages backwards",
                                r -> r.queryParam("beforeSequence", 3).get(conv + "/messages")),
                        new Probe(
                                "POST message",
                                r ->
                                        r.body(Map.of("role", "user", "content", "injected"))
                                                .post(conv + "/messages")),
                        new Probe(
                                "POST bulk",
                                r ->
                                        r.body(
                                                        Map.of(
                                                                "messages",
                                                                List.of(
                                                                        Map.of(
                                                                                "role", "user",
                                                                                "content", "x"))))
                                                .post(conv + "/messages/bulk")),
                        new Probe(
                                "PATCH message",
                                r ->
                                        r.body(Map.of("content", "rewritten"))
                                                .patch(conv + "/messages/" + m)),
                        new Probe("DELETE message", r -> r.delete(conv + "/messages/" + m)),
                        new Probe("GET memory", r -> r.get("/api/chat/memories/" + memory)),
                        new Probe(
                                "PUT memory",
                                r ->
                                        r.body(Map.of("title", "hijacked", "content", "x"))
                                                .put("/api/chat/memories/" + memory)),
                        new Probe("DELETE memory", r -> r.delete("/api/chat/memories/" + memory)),
                        new Probe("GET file metadata", r -> r.get("/api/chat/files/" + file)),
                        new Probe(
                                "GET file content",
                                r -> r.get("/api/chat/files/" + file + "/content")),
                        new Probe(
                                "GET file content range",
                                r ->
                                        r.header("Range", "bytes=0-3")
                                                .get("/api/chat/files/" + file + "/content")),
                        new Probe("DELETE file", r -> r.delete("/api/chat/files/" + file)),
                        new Probe(
                                "POST file into their conversation",
                                r ->
                                        r.contentType("multipart/form-data")
                                                .multiPart(
                                                        "file",
                                                        "x.txt",
                                                        "x".getBytes(StandardCharsets.UTF_8))
                                                .multiPart("conversationId", c)
                                                .post("/api/chat/files"),
                                400));

        Stream<DynamicTest> perEndpoint =
                probes.stream()
                        .map(
                                p ->
                                        dynamicTest(
                                                p.name() + " of another user's resource",
                                                () -> {
                                                    Response response =
                                                            p.call().apply(bob.request());
                                                    assertThat(response.statusCode())
                                                            .as(p.name())
                                                            .isEqualTo(p.expectedStatus());
                                                    assertThat(response.contentType())
                                                            .startsWith("application/problem+json");
                                                    assertThat(response.asString())
                                                            .doesNotContain(word)
                                                            .doesNotContain("Alice");
                                                }));

        Stream<DynamicTest> collections =
                Stream.of(
                        dynamicTest(
                                "conversation list shows none of them",
                                () ->
                                        assertThat(
                                                        bob.request()
                                                                .get("/api/chat/conversations")
                                                                .then()
                                                                .statusCode(200)
                                                                .extract()
                                                                .<List<String>>path("items.id"))
                                                .doesNotContain(c)),
                        dynamicTest(
                                "tag and title filters show none of them",
                                () ->
                                        assertThat(
                                                        bob.request()
                                                                .queryParam("q", word)
                                                                .get("/api/chat/conversations")
                                                                .then()
                                                                .extract()
                                                                .<List<String>>path("items.id"))
                                                .isEmpty()),
                        dynamicTest(
                                "message search finds none of them",
                                () ->
                                        bob.request()
                                                .queryParam("q", word)
                                                .get("/api/chat/messages/search")
                                                .then()
                                                .statusCode(200)
                                                .body("items.size()", equalTo(0))),
                        dynamicTest(
                                "memory list shows none of them",
                                () ->
                                        assertThat(
                                                        bob.request()
                                                                .get("/api/chat/memories")
                                                                .then()
                                                                .extract()
                                                                .<List<String>>path("items.id"))
                                                .doesNotContain(memory)),
                        dynamicTest(
                                "file list shows none of them",
                                () ->
                                        assertThat(
                                                        bob.request()
                                                                .get("/api/chat/files")
                                                                .then()
                                                                .extract()
                                                                .<List<String>>path("items.id"))
                                                .doesNotContain(file)));

        Stream<DynamicTest> untouched =
                Stream.of(
                        dynamicTest(
                                "Alice's data is unchanged",
                                () -> {
                                    alice.request()
                                            .get(conv)
                                            .then()
                                            .statusCode(200)
                                            .body(
                                                    "conversation.title",
                                                    equalTo("Alice's private " + word))
                                            .body("conversation.archived", equalTo(false))
                                            .body("conversation.messageCount", equalTo(2))
                                            .body(
                                                    "recentMessages[0].content",
                                                    equalTo("Alice's secret " + word));
                                    alice.request()
                                            .get("/api/chat/memories/" + memory)
                                            .then()
                                            .statusCode(200)
                                            .body("title", equalTo("Alice's memory " + word));
                                    alice.request()
                                            .get("/api/chat/files/" + file + "/content")
                                            .then()
                                            .statusCode(200)
                                            .body(equalTo("Alice's file " + word));
                                }));

        return Stream.of(perEndpoint, collections, untouched).flatMap(s -> s);
    }
}
