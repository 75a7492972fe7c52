package dev.assistant.chat.conversation;

import java.util.List;
import java.util.Map;

import dev.assistant.chat.support.ChatApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ConversationApiTest {

    private static final String CONVERSATIONS = "/api/chat/conversations";

    @Test
    void createGetWithRecentMessagesUpdateAndDelete() {
        ChatApi alice = ChatApi.newUser();
        String id = alice.conversation("Trip planning", "travel");
        alice.bulk(id, 60, "msg");

        var detail =
                alice.request()
                        .queryParam("recentMessages", 5)
                        .get(CONVERSATIONS + "/" + id)
                        .then()
                        .statusCode(200)
                        .extract();
        assertThat(detail.<String>path("conversation.title")).isEqualTo("Trip planning");
        assertThat(detail.<Integer>path("conversation.messageCount")).isEqualTo(60);
        assertThat(detail.<List<Integer>>path("recentMessages.sequence"))
                .containsExactly(56, 57, 58, 59, 60);

        alice.request()
                .body(
                        Map.of(
                                "title",
                                "Trip to Hanoi",
                                "archived",
                                true,
                                "pinned",
                                true,
                                "tags",
                                List.of("travel", "vn")))
                .patch(CONVERSATIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Trip to Hanoi"))
                .body("archived", equalTo(true))
                .body("pinned", equalTo(true))
                .body("tags", equalTo(List.of("travel", "vn")));
        alice.request()
                .body(Map.of("archived", false))
                .patch(CONVERSATIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("archived", equalTo(false))
                .body("pinned", equalTo(true))
                .body("title", equalTo("Trip to Hanoi"));

        alice.request().delete(CONVERSATIONS + "/" + id).then().statusCode(204);
        alice.request()
                .get(CONVERSATIONS + "/" + id)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://assistant-suite.dev/problems/not-found"));
        alice.request().get(CONVERSATIONS + "/" + id + "/messages").then().statusCode(404);
    }

    @Test
    void listFiltersAndPagesByKeyset() {
        ChatApi bob = ChatApi.newUser();
        String work = bob.conversation("Quarterly report", "work");
        String home = bob.conversation("Garden ideas", "home");
        String old = bob.conversation("Old notes", "work");
        bob.request()
                .body(Map.of("archived", true))
                .patch(CONVERSATIONS + "/" + old)
                .then()
                .statusCode(200);
        bob.message(work, "user", "bump"); // most recently active now

        assertThat(
                        bob.request()
                                .get(CONVERSATIONS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<String>>path("items.id"))
                .containsExactly(work, old, home);
        assertThat(
                        bob.request()
                                .queryParam("archived", false)
                                .get(CONVERSATIONS)
                                .then()
                                .extract()
                                .<List<String>>path("items.id"))
                .containsExactly(work, home);
        assertThat(
                        bob.request()
                                .queryParam("tag", "work")
                                .get(CONVERSATIONS)
                                .then()
                                .extract()
                                .<List<String>>path("items.id"))
                .containsExactly(work, old);
        assertThat(
                        bob.request()
                                .queryParam("q", "GARDEN")
                                .get(CONVERSATIONS)
                                .then()
                                .extract()
                                .<List<String>>path("items.id"))
                .containsExactly(home);

        var first =
                bob.request()
                        .queryParam("limit", 2)
                        .get(CONVERSATIONS)
                        .then()
                        .statusCode(200)
                        .extract();
        assertThat(first.<List<String>>path("items.id")).containsExactly(work, old);
        var second =
                bob.request()
                        .queryParam("limit", 2)
                        .queryParam("cursor", first.<String>path("nextCursor"))
                        .get(CONVERSATIONS)
                        .then()
                        .statusCode(200)
                        .extract();
        assertThat(second.<List<String>>path("items.id")).containsExactly(home);
        assertThat(second.<String>path("nextCursor")).isNull();
    }

    @Test
    void branchCopiesMessagesUpToTheBranchPoint() {
        ChatApi carol = ChatApi.newUser();
        String source = carol.conversation("Original");
        carol.bulk(source, 10, "line");
        var branch =
                carol.request()
                        .body(Map.of("fromSequence", 4))
                        .post(CONVERSATIONS + "/" + source + "/branches")
                        .then()
                        .statusCode(201)
                        .body("parentId", equalTo(source))
                        .body("branchedFromSequence", equalTo(4))
                        .body("messageCount", equalTo(4))
                        .body("title", equalTo("Original (branch)"))
                        .extract();
        String branchId = branch.path("id");
        assertThat(
                        carol.request()
                                .get(CONVERSATIONS + "/" + branchId + "/messages")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<String>>path("items.content"))
                .containsExactly("line 0", "line 1", "line 2", "line 3");
        // The branch continues on its own numbering.
        carol.message(branchId, "user", "new direction");
        assertThat(
                        carol.request()
                                .get(CONVERSATIONS + "/" + branchId + "/messages")
                                .then()
                                .extract()
                                .<List<Integer>>path("items.sequence"))
                .containsExactly(1, 2, 3, 4, 5);
        carol.request()
                .body(Map.of("fromSequence", 99))
                .post(CONVERSATIONS + "/" + source + "/branches")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("fromSequence"));
    }

    @Test
    void exportsJsonAndMarkdown() {
        ChatApi dave = ChatApi.newUser();
        String id = dave.conversation("Recipes");
        dave.message(id, "user", "How long do I boil an egg?");
        dave.message(id, "assistant", "Nine minutes for hard-boiled.");
        dave.request()
                .get(CONVERSATIONS + "/" + id + "/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("conversation-" + id + ".json"))
                .body("conversation.title", equalTo("Recipes"))
                .body("messages.size()", equalTo(2));
        dave.request()
                .queryParam("format", "markdown")
                .get(CONVERSATIONS + "/" + id + "/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/markdown"))
                .body(containsString("# Recipes"))
                .body(containsString("**assistant**"))
                .body(containsString("Nine minutes"));
        dave.request()
                .queryParam("format", "pdf")
                .get(CONVERSATIONS + "/" + id + "/export")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("format"));
    }

    @Test
    void rejectsInvalidInputNamingTheField() {
        ChatApi erin = ChatApi.newUser();
        erin.request()
                .body(Map.of("title", " "))
                .post(CONVERSATIONS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("title"));
        erin.request()
                .body(Map.of("title", "x", "metadata", Map.of("blob", "y".repeat(70_000))))
                .post(CONVERSATIONS)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("metadata"));
        erin.request()
                .queryParam("limit", 0)
                .get(CONVERSATIONS)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("limit"));
        erin.request()
                .queryParam("cursor", "nonsense")
                .get(CONVERSATIONS)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("cursor"));
        erin.request()
                .body("{\"title\": ")
                .post(CONVERSATIONS)
                .then()
                .statusCode(400)
                .body("stackTrace", nullValue());
    }
}
