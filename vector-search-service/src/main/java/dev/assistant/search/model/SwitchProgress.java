package dev.assistant.search.model;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Progress towards the target model, sampled from the database every {@code
 * assistant.embedding.progress-interval} (so every replica shows the work of all of them): chunks
 * with its vector, all chunks, the rate over the last minute and the time left at that rate, as
 * gauges. Outside a switch the target is the active model (done = total once every chunk has its
 * vector).
 */
@ApplicationScoped
public class SwitchProgress {

    private static final Logger LOG = Logger.getLogger(SwitchProgress.class);
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private record Sample(long atNanos, long done) {}

    @Inject MeterRegistry registry;

    @Inject ModelRepository models;

    @Inject VectorRepository vectors;

    @ConfigProperty(name = "assistant.embedding.progress-interval", defaultValue = "PT5S")
    Duration interval;

    private final Deque<Sample> samples = new ArrayDeque<>();
    private volatile String target;
    private volatile boolean building;
    private volatile long done;
    private volatile long total;
    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        Gauge.builder("assistant.embedding.switch.in.progress", () -> building ? 1 : 0)
                .description("1 while a new embedding model is being built, else 0")
                .register(registry);
        Gauge.builder("assistant.embedding.switch.chunks.done", () -> done)
                .description("Chunks with a vector of the target model (being built, else active)")
                .register(registry);
        Gauge.builder("assistant.embedding.switch.chunks.total", () -> total)
                .description("All chunks")
                .register(registry);
        Gauge.builder("assistant.embedding.switch.rate", this::ratePerSecond)
                .description("Chunks per second the target model gained over the last minute")
                .register(registry);
        Gauge.builder("assistant.embedding.switch.eta.seconds", this::etaSeconds)
                .description("Seconds until every chunk has the target's vector at that rate")
                .register(registry);
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "search-switch-progress");
                            thread.setDaemon(true);
                            return thread;
                        });
        executor.scheduleWithFixedDelay(
                this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    void sample() {
        try {
            ModelSet set = models.live().await().indefinitely();
            String now = set.building() != null ? set.building() : set.active();
            VectorRepository.Progress p =
                    now == null
                            ? new VectorRepository.Progress(0, 0)
                            : vectors.progress(now).await().indefinitely();
            record(now, set.building() != null, p);
        } catch (RuntimeException e) {
            // The database is away: the gauges keep their last values until it is back.
            LOG.debugf("switch progress: %s", e.toString());
        }
    }

    private void record(String now, boolean isBuilding, VectorRepository.Progress p) {
        long at = System.nanoTime();
        synchronized (samples) {
            if (now == null || !now.equals(target)) {
                samples.clear();
            }
            samples.addLast(new Sample(at, p.done()));
            while (samples.size() > 2
                    && at - samples.peekFirst().atNanos() > RATE_WINDOW.toNanos()) {
                samples.removeFirst();
            }
        }
        target = now;
        building = isBuilding;
        done = p.done();
        total = p.total();
    }

    /** Chunks per second over the samples of the last minute; 0 before two samples. */
    public double ratePerSecond() {
        synchronized (samples) {
            if (samples.size() < 2) {
                return 0;
            }
            Sample first = samples.peekFirst();
            Sample last = samples.peekLast();
            double seconds = (last.atNanos() - first.atNanos()) / 1e9;
            return seconds <= 0 ? 0 : Math.max(0, (last.done() - first.done()) / seconds);
        }
    }

    private double etaSeconds() {
        long remaining = Math.max(0, total - done);
        if (remaining == 0) {
            return 0;
        }
        double rate = ratePerSecond();
        return rate > 0 ? remaining / rate : Double.NaN;
    }
}
