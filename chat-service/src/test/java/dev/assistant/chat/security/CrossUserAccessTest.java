package dev.assistant.chat.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * User B must not see, change or even detect user A's data beyond what the OpenAPI-driven {@link
 * dev.assistant.chat.hardening.ChatApiContractTest} proves (every operation on one of A's resources
 * answers B 404): a body naming A's conversation is refused, collections and search never show A's
 * items, nothing B is answered carries A's words, and A's data is unchanged afterwards.
 */
@QuarkusTest
class CrossUserAccessTest {

    /** {@code expectedStatus}: what the same request answers for an id that does not exist. */
    private record Probe(
            String name, Function<RequestSpecification, Response> call, int expectedStatus) {}

    @TestFactory
    Stream<DynamicTest> anotherUsersDataStaysInvisibleAndUntouched() {
        ChatApi alice = ChatApi.newUser();
        ChatApi bob = ChatApi.newUser();
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 8);
        String c = alice.conversation("Alice's private " + word, "private");
        alice.message(c, "user", "Alice's secret " + word);
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
