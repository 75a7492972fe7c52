package dev.assistant.chat.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.assistant.chat.support.ChatApi;
import dev.assistant.chat.support.RedisServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReadCacheTest {

    @Inject ReadCache cache;

    private static long requests(String result) {
        String metrics = given().get("/q/metrics").then().extract().asString();
        return metrics.lines()
                .filter(
                        l ->
                                l.startsWith("assistant_cache_requests_total")
                                        && l.contains("result=\"" + result + "\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void secondReadIsAHitAndAWriteIsSeenImmediately() {
        ChatApi alice = ChatApi.newUser();
        String id = alice.conversation("Cached");
        alice.bulk(id, 5, "m");
        long hitsBefore = requests("hit");
        alice.request().get("/api/chat/conversations/" + id).then().statusCode(200);
        alice.request()
                .get("/api/chat/conversations/" + id)
                .then()
                .statusCode(200)
                .body("conversation.messageCount", equalTo(5));
        assertThat(requests("hit")).isGreaterThan(hitsBefore);

        alice.message(id, "user", "one more");
        alice.request()
                .get("/api/chat/conversations/" + id)
                .then()
                .body("conversation.messageCount", equalTo(6))
                .body("recentMessages[-1].content", equalTo("one more"));
        alice.request()
                .body(Map.of("title", "Renamed"))
                .patch("/api/chat/conversations/" + id)
                .then()
                .statusCode(200);
        alice.request()
                .get("/api/chat/conversations")
                .then()
                .body("items[0].title", equalTo("Renamed"));
    }

    @Test
    void aReadNeverServesDataOlderThanAWriteThatHasReturned() throws Exception {
        ChatApi bob = ChatApi.newUser();
        String id = bob.conversation("v0");
        AtomicInteger lastReturned = new AtomicInteger();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        Future<?> writer =
                pool.submit(
                        () -> {
                            for (int i = 1; i <= 40; i++) {
                                bob.request()
                                        .body(Map.of("title", "v" + i))
                                        .patch("/api/chat/conversations/" + id)
                                        .then()
                                        .statusCode(200);
                                lastReturned.set(i);
                            }
                        });
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            readers.add(
                    pool.submit(
                            () -> {
                                while (!writer.isDone()) {
                                    int floor = lastReturned.get();
                                    String title =
                                            bob.request()
                                                    .get("/api/chat/conversations/" + id)
                                                    .then()
                                                    .statusCode(200)
                                                    .extract()
                                                    .path("conversation.title");
                                    String listed =
                                            bob.request()
                                                    .get("/api/chat/conversations")
                                                    .then()
                                                    .statusCode(200)
                                                    .extract()
                                                    .path("items[0].title");
                                    for (String seen : List.of(title, listed)) {
                                        if (Integer.parseInt(seen.substring(1)) < floor) {
                                            violations.add(
                                                    "saw "
                                                            + seen
                                                            + " after v"
                                                            + floor
                                                            + " had returned");
                                        }
                                    }
                                }
                            }));
        }
        writer.get();
        for (Future<?> reader : readers) {
            reader.get();
        }
        pool.shutdown();
        assertThat(violations).isEmpty();
        assertThat(cache.hitRatio()).isPositive();
    }

    @Test
    void redisDownServesFromPostgresStaysReadyAndRecoversByItself() throws Exception {
        ChatApi carol = ChatApi.newUser();
        String id = carol.conversation("Outage");
        carol.request().get("/api/chat/conversations/" + id).then().statusCode(200);
        RedisServer.kill();
        try {
            long errorsBefore = cache.errorCount();
            carol.message(id, "user", "written while Redis is down");
            carol.request()
                    .get("/api/chat/conversations/" + id)
                    .then()
                    .statusCode(200)
                    .body("recentMessages[-1].content", equalTo("written while Redis is down"));
            assertThat(cache.errorCount()).isGreaterThan(errorsBefore);
            given().get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'cache' }.data.redis", startsWith("degraded"));
        } finally {
            RedisServer.launch();
        }
        // Back: within the retry interval the cache serves hits again, with no restart.
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            long hits = requests("hit");
                            carol.request()
                                    .get("/api/chat/conversations/" + id)
                                    .then()
                                    .statusCode(200);
                            carol.request()
                                    .get("/api/chat/conversations/" + id)
                                    .then()
                                    .statusCode(200);
                            return requests("hit") > hits;
                        });
        given().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'cache' }.data.redis", equalTo("ok"));
    }

    @Test
    void anotherUsersCachedConversationStaysHidden() {
        ChatApi alice = ChatApi.newUser();
        ChatApi mallory = ChatApi.newUser();
        String id = alice.conversation("Private and cached");
        alice.request().get("/api/chat/conversations/" + id).then().statusCode(200);
        alice.request().get("/api/chat/conversations/" + id).then().statusCode(200);
        mallory.request().get("/api/chat/conversations/" + id).then().statusCode(404);
    }

    @Test
    void compressionRoundTripsAndShrinksRepetitiveJson() {
        byte[] json =
                ("{\"messages\":["
                                + "{\"role\":\"user\",\"content\":\"hello there\"},".repeat(200)
                                + "{}]}")
                        .getBytes();
        byte[] encoded = CompressedCodec.encode(json, 512);
        assertThat(encoded.length).isLessThan(json.length / 5);
        assertThat(CompressedCodec.decode(encoded)).isEqualTo(json);
        byte[] small = "{}".getBytes();
        assertThat(CompressedCodec.decode(CompressedCodec.encode(small, 512))).isEqualTo(small);
    }
}
