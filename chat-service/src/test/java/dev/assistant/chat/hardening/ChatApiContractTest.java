package dev.assistant.chat.hardening;

import java.nio.charset.StandardCharsets;

import dev.assistant.chat.support.ChatApi;
import dev.assistant.kit.testing.openapi.ApiContractTest;
import dev.assistant.kit.testing.openapi.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** chat-service's API contract, from its live OpenAPI document (see {@link ApiContractTest}). */
@QuarkusTest
class ChatApiContractTest extends ApiContractTest {

    @Override
    protected Fixtures fixturesOwnedBy(String ownerBearer) {
        ChatApi owner = ChatApi.withBearer(ownerBearer);
        String conversation = owner.conversation("Plans", "travel");
        String message = owner.message(conversation, "user", "Book the train to Lyon");
        owner.message(conversation, "assistant", "Noted");
        String file =
                owner.request()
                        .contentType("multipart/form-data")
                        .multiPart(
                                "file",
                                "tickets.txt",
                                "two tickets".getBytes(StandardCharsets.UTF_8),
                                "text/plain")
                        .post("/api/chat/files")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        // The account an admin manages: someone else, so deactivating it locks nobody here out.
        ChatApi managed = ChatApi.newUser();
        managed.request().get("/api/chat/me").then().statusCode(200);
        return new Fixtures()
                .id("conversations", conversation)
                .id("messages", message)
                .id("memories", owner.memory("Lyon"))
                .id("files", file)
                .id("users", managed.id())
                .body(
                        "POST /api/chat/conversations/{id}/branches",
                        "{\"fromSequence\":1,\"title\":\"Another plan\"}")
                .body(
                        "PATCH /api/chat/conversations/{conversationId}/messages/{messageId}",
                        "{\"content\":\"Book the night train to Lyon\"}");
    }
}
