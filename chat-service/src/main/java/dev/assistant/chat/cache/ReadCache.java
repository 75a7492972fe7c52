package dev.assistant.chat.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Cache-aside in Redis, correct under concurrent writes. Every cached value is stored under its
 * data key plus a version number; a write, after its transaction commits and before it answers,
 * increments the versions it affects. A reader fetches the current version and the value stored for
 * it in one round trip (a Lua script). So a reader that loaded old data while a write was happening
 * can only have stored it under the old version, which no later reader asks for: a read never
 * serves data older than a write that has returned.
 *
 * <p>Redis is an optimisation, never a dependency: every call has a short timeout; any failure is
 * counted, the request is served from PostgreSQL, and Redis is skipped for a few seconds before
 * being tried again, so an outage adds no latency and recovery needs no restart.
 */
@ApplicationScoped
public class ReadCache {

    private static final Logger LOG = Logger.getLogger(ReadCache.class);

    /** Returns {version, value} or {version} when the value for the current version is missing. */
    private static final String READ_SCRIPT =
            "local v = redis.call('GET', KEYS[1]) or '0' return {v, redis.call('GET', ARGV[1] .. v)}";

    @Inject Redis redis;

    @Inject CacheConfig config;

    @Inject ObjectMapper json;

    @Inject MeterRegistry registry;

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile long skipUntil;
    private Counter bytesSaved;

    @PostConstruct
    void registerMeters() {
        FunctionCounter.builder("assistant.cache.requests", hits, AtomicLong::get)
                .tag("result", "hit")
                .register(registry);
        FunctionCounter.builder("assistant.cache.requests", misses, AtomicLong::get)
                .tag("result", "miss")
                .register(registry);
        FunctionCounter.builder("assistant.cache.errors", errors, AtomicLong::get)
                .register(registry);
        registry.gauge("assistant.cache.hit.ratio", this, ReadCache::hitRatio);
        registry.gauge("assistant.cache.available", this, c -> c.available() ? 1 : 0);
        bytesSaved = registry.counter("assistant.cache.compression.bytes.saved");
    }

    /**
     * The cached value for the key's current version, or the loader's (then cached). A null result
     * is not cached.
     */
    public <T> Uni<T> getOrLoad(
            String versionKey,
            String dataKey,
            Duration ttl,
            Class<T> type,
            Supplier<Uni<T>> loader) {
        if (!config.enabled() || !available()) {
            return loader.get();
        }
        String version = key(versionKey);
        String dataPrefix = key(dataKey) + ":v";
        return guarded(
                        redis.send(
                                Request.cmd(Command.EVAL)
                                        .arg(READ_SCRIPT)
                                        .arg(1)
                                        .arg(version)
                                        .arg(dataPrefix)))
                .onFailure()
                .recoverWithNull()
                .chain(
                        response -> {
                            if (response == null) {
                                return loader
                                        .get(); // Redis failed: counted, served from PostgreSQL
                            }
                            String currentVersion = response.get(0).toString();
                            if (response.size() > 1 && response.get(1) != null) {
                                T cached = decode(response.get(1), type);
                                if (cached != null) {
                                    hits.incrementAndGet();
                                    return Uni.createFrom().item(cached);
                                }
                            }
                            misses.incrementAndGet();
                            return loader.get()
                                    .call(
                                            value ->
                                                    value == null
                                                            ? Uni.createFrom().voidItem()
                                                            : store(
                                                                    dataPrefix + currentVersion,
                                                                    value,
                                                                    ttl));
                        });
    }

    /**
     * After a committed write: readers of these version keys will not see what was cached before.
     */
    public Uni<Void> invalidate(List<String> versionKeys) {
        if (!config.enabled() || versionKeys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Request> increments =
                versionKeys.stream().map(k -> Request.cmd(Command.INCR).arg(key(k))).toList();
        // Always tried, even while reads skip Redis: a version must move whenever Redis can be
        // reached.
        return redis.batch(increments)
                .ifNoItem()
                .after(config.timeout())
                .fail()
                .onFailure()
                .invoke(this::failed)
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    public boolean available() {
        return System.currentTimeMillis() >= skipUntil;
    }

    public double hitRatio() {
        long h = hits.get();
        long total = h + misses.get();
        return total == 0 ? 0 : (double) h / total;
    }

    public long errorCount() {
        return errors.get();
    }

    private <T> Uni<Void> store(String key, T value, Duration ttl) {
        try {
            byte[] raw = json.writeValueAsBytes(value);
            byte[] encoded = CompressedCodec.encode(raw, config.compressAboveBytes());
            if (encoded.length < raw.length) {
                bytesSaved.increment(raw.length + 1 - encoded.length);
            }
            return guarded(
                            redis.send(
                                    Request.cmd(Command.SET)
                                            .arg(key)
                                            .arg(encoded)
                                            .arg("PX")
                                            .arg(ttl.toMillis())))
                    .onFailure()
                    .recoverWithNull()
                    .replaceWithVoid();
        } catch (Exception e) {
            LOG.warnf("not cached (%s): %s", key, e.toString());
            return Uni.createFrom().voidItem();
        }
    }

    private <T> T decode(Response stored, Class<T> type) {
        try {
            return json.readValue(CompressedCodec.decode(stored.toBytes()), type);
        } catch (Exception e) {
            LOG.warnf("unreadable cache value ignored: %s", e.toString());
            return null; // treated as a miss and overwritten
        }
    }

    private Uni<Response> guarded(Uni<Response> call) {
        return call.ifNoItem().after(config.timeout()).fail().onFailure().invoke(this::failed);
    }

    private void failed(Throwable failure) {
        errors.incrementAndGet();
        if (failure instanceof ConnectionPoolTooBusyException) {
            return; // our own pool is saturated for a moment: overload, not an outage; keep using
            // Redis
        }
        if (available()) {
            LOG.warnf(
                    "Redis unavailable (%s); serving from PostgreSQL, retrying in %d ms",
                    failure.toString(), config.retryAfterFailure().toMillis());
        }
        skipUntil = System.currentTimeMillis() + config.retryAfterFailure().toMillis();
    }

    private String key(String name) {
        return config.keyPrefix() + name;
    }
}
