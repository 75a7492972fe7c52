package dev.assistant.chat.user;

import java.util.Map;
import java.util.UUID;

import dev.assistant.chat.support.ChatApi;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class MeApiTest {

    @Inject Pool pool;

    @Test
    void profileIsCreatedFromTheTokenAndCanBeEdited() {
        String id = "user-" + UUID.randomUUID();
        String token =
                TestTokens.bearer(
                        id,
                        Map.of(
                                "preferred_username",
                                "lan",
                                "email",
                                "lan@example.test",
                                "name",
                                "Lan Nguyễn"));
        given().header("Authorization", token)
                .get("/api/chat/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("username", equalTo("lan"))
                .body("email", equalTo("lan@example.test"))
                .body("displayName", equalTo("Lan Nguyễn"))
                .body("active", equalTo(true));

        given().header("Authorization", token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Lan"))
                .patch("/api/chat/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Lan"))
                .body("email", equalTo("lan@example.test"));
        given().header("Authorization", token)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email"))
                .patch("/api/chat/me")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("email"));
    }

    @Test
    void deactivatedUserIsForbidden() {
        ChatApi frank = ChatApi.newUser();
        pool.preparedQuery("INSERT INTO users (id, username, active) VALUES ($1, $1, false)")
                .execute(Tuple.of(frank.id()))
                .await()
                .indefinitely();
        frank.request()
                .get("/api/chat/conversations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/forbidden"));
    }

    @Test
    void deletingMeErasesEverythingAndAnnouncesIt() {
        ChatApi gina = ChatApi.newUser();
        String conversation = gina.conversation("Private");
        gina.bulk(conversation, 3, "secret");
        gina.memory("diary");

        gina.request().delete("/api/chat/me").then().statusCode(204);

        for (String table : new String[] {"conversations", "messages", "memories", "files"}) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE owner_id = $1", gina.id()))
                    .as(table)
                    .isZero();
        }
        assertThat(count("SELECT count(*) FROM users WHERE id = $1", gina.id())).isZero();
        assertThat(
                        count(
                                "SELECT count(*) FROM outbox WHERE owner_id = $1 AND event_type = '"
                                        + ChatEvents.USER_DELETED.name()
                                        + "'",
                                gina.id()))
                .isEqualTo(1);
        // The identity belongs to the issuer: the next request starts an empty profile.
        gina.request()
                .get("/api/chat/conversations")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    private long count(String sql, String param) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(param))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
