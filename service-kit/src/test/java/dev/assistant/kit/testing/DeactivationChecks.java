package dev.assistant.kit.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.UserAccessChanged;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The suite-wide deactivation rule, as every service that mirrors it must keep it: a deactivated
 * user gets 403 (problem+json) on an API route, a reactivated one is served again, and a change
 * older than the newest one recorded (a late or replayed event) changes nothing.
 */
public final class DeactivationChecks {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);

    private DeactivationChecks() {}

    public static void verify(TestEventProducer events, String apiPath) {
        String user = "deactivated-" + UUID.randomUUID();
        String token = TestTokens.bearer(user);
        Instant now = Instant.now();
        status(token, apiPath, 200);

        events.send(ChatEvents.USER_ACCESS_CHANGED, new UserAccessChanged(user, false, now));
        await().atMost(APPLIED_WITHIN).until(() -> statusOf(token, apiPath) == 403);
        given().header("Authorization", token)
                .get(apiPath)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("this account is deactivated"));
        status(TestTokens.bearer("someone-else-" + UUID.randomUUID()), apiPath, 200);

        events.send(
                ChatEvents.USER_ACCESS_CHANGED,
                new UserAccessChanged(user, true, now.plusSeconds(1)));
        await().atMost(APPLIED_WITHIN).until(() -> statusOf(token, apiPath) == 200);

        // A stale deactivation arriving late (another partition, a replay) is ignored.
        events.send(ChatEvents.USER_ACCESS_CHANGED, new UserAccessChanged(user, false, now));
        String marker = "marker-" + UUID.randomUUID();
        String markerToken = TestTokens.bearer(marker);
        events.send(
                ChatEvents.USER_ACCESS_CHANGED,
                new UserAccessChanged(marker, false, Instant.now()));
        await().atMost(APPLIED_WITHIN).until(() -> statusOf(markerToken, apiPath) == 403);
        status(token, apiPath, 200);
    }

    private static void status(String token, String path, int expected) {
        given().header("Authorization", token).get(path).then().statusCode(expected);
    }

    private static int statusOf(String token, String path) {
        return given().header("Authorization", token).get(path).then().extract().statusCode();
    }
}
