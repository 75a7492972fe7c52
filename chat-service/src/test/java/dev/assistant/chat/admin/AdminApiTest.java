package dev.assistant.chat.admin;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.assistant.chat.support.ChatApi;
import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AdminApiTest {

    @Inject Pool pool;

    private static RequestSpecification admin() {
        return given().header(
                        "Authorization", TestTokens.adminBearer("admin-" + UUID.randomUUID()));
    }

    @Test
    void onlyAdminsGetIn() {
        ChatApi user = ChatApi.newUser();
        for (String path :
                List.of(
                        "/api/chat/admin/users",
                        "/api/chat/admin/stats",
                        "/api/chat/admin/database",
                        "/api/chat/admin/users/" + user.id())) {
            user.request().get(path).then().statusCode(403).contentType("application/problem+json");
        }
        user.request()
                .post("/api/chat/admin/users/" + user.id() + "/deactivate")
                .then()
                .statusCode(403);
        given().get("/api/chat/admin/stats").then().statusCode(401);
    }

    @Test
    void listsFindsDeactivatesAndReactivatesUsers() {
        ChatApi target = ChatApi.newUser();
        target.conversation("hello");
        admin().queryParam("q", target.id())
                .get("/api/chat/admin/users")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(target.id())));
        admin().get("/api/chat/admin/users/" + target.id())
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
        admin().get("/api/chat/admin/users/nobody-" + UUID.randomUUID()).then().statusCode(404);

        admin().post("/api/chat/admin/users/" + target.id() + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        target.request().get("/api/chat/conversations").then().statusCode(403);
        admin().post("/api/chat/admin/users/" + target.id() + "/activate")
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
        target.request().get("/api/chat/conversations").then().statusCode(200);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        String adminId = "admin-" + UUID.randomUUID();
        given().header("Authorization", TestTokens.adminBearer(adminId))
                .get("/api/chat/me")
                .then()
                .statusCode(200);
        given().header("Authorization", TestTokens.adminBearer(adminId))
                .post("/api/chat/admin/users/" + adminId + "/deactivate")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/conflict"));
        given().header("Authorization", TestTokens.adminBearer(adminId))
                .get("/api/chat/me")
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void statsCountEverything() {
        ChatApi someone = ChatApi.newUser();
        String c = someone.conversation("stats");
        someone.bulk(c, 3, "x");
        admin().get("/api/chat/admin/stats")
                .then()
                .statusCode(200)
                .body("users", greaterThanOrEqualTo(1))
                .body("conversations", greaterThanOrEqualTo(1))
                .body("messages", greaterThanOrEqualTo(3));
    }

    @Test
    void databaseViewShowsSlowQueriesAndScoresThePool() throws Exception {
        CompletableFuture<?> sleeper =
                pool.query("SELECT pg_sleep(3) /* admin-test-slow */")
                        .execute()
                        .subscribeAsCompletionStage();
        Thread.sleep(1200);
        var view =
                admin().queryParam("thresholdSeconds", 0.5)
                        .get("/api/chat/admin/database")
                        .then()
                        .statusCode(200)
                        .body("slowQueries.query", hasItem(containsString("admin-test-slow")))
                        .extract();
        int score = view.path("poolHealthScore");
        assertThat(score).isBetween(0, 90); // a slow statement costs points
        assertThat(view.<Integer>path("poolMaxSize")).isEqualTo(20);
        sleeper.get();
        admin().queryParam("thresholdSeconds", -1)
                .get("/api/chat/admin/database")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("thresholdSeconds"));
    }

    @Test
    void healthScoreFormula() {
        assertThat(PoolHealth.score(20, 2, 0, 0)).isEqualTo(100);
        assertThat(PoolHealth.score(20, 20, 0, 0)).isEqualTo(60);
        assertThat(PoolHealth.score(20, 20, 5, 3)).isEqualTo(10);
        assertThat(PoolHealth.score(20, 15, 1, 0)).isEqualTo(70);
    }
}
