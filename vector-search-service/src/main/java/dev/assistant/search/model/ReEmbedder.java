package dev.assistant.search.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.assistant.search.chunking.Chunk;
import dev.assistant.search.embedding.Embedder;
import dev.assistant.search.embedding.Embedders;
import dev.assistant.search.embedding.VectorLiteral;
import dev.assistant.search.extract.BlockType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The background half of a model switch, on one thread per replica. First it makes the configured
 * model the target. Then, while a model is being built, it claims ranges of chunks lacking its
 * vector (replicas take disjoint ranges; see {@link VectorRepository}), embeds them in batches
 * outside any transaction and stores the vectors; when a pass finds none missing it switches
 * queries over ({@link ModelSwitchService#activate}). Outside a switch it checks now and then that
 * every chunk has the active model's vector (chunks written by pods of the version before V10
 * during its rollout do not). Last, it deletes the vectors of retired models in batches, once no
 * replica can still be reading them.
 */
@ApplicationScoped
public class ReEmbedder {

    private static final Logger LOG = Logger.getLogger(ReEmbedder.class);
    private static final int MAX_PASSES_PER_RUN = 3;

    @Inject ModelSwitchService switches;

    @Inject ModelRepository models;

    @Inject VectorRepository vectors;

    @Inject Embedders embedders;

    @Inject MeterRegistry registry;

    @ConfigProperty(name = "assistant.embedding.reembed.batch-size", defaultValue = "64")
    int batchSize;

    @ConfigProperty(name = "assistant.embedding.reembed.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @ConfigProperty(name = "assistant.embedding.reembed.sweep-interval", defaultValue = "PT1M")
    Duration sweepInterval;

    @ConfigProperty(name = "assistant.embedding.retire-grace", defaultValue = "PT30S")
    Duration retireGrace;

    @ConfigProperty(name = "assistant.embedding.retire-batch-size", defaultValue = "1000")
    int retireBatchSize;

    private ScheduledExecutorService executor;
    private boolean targeted;
    private long lastSweepNanos;

    void start(@Observes StartupEvent event) {
        lastSweepNanos = System.nanoTime();
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "search-reembed");
                            thread.setDaemon(true);
                            return thread;
                        });
        executor.scheduleWithFixedDelay(
                this::runOnce, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    void runOnce() {
        try {
            if (!targeted) {
                switches.targetConfigured().await().indefinitely();
                targeted = true;
            }
            ModelSet set = models.live().await().indefinitely();
            if (set.building() != null) {
                build(set.building(), true);
            } else if (set.active() != null && sweepDue()) {
                build(set.active(), false);
            }
            retire();
        } catch (RuntimeException e) {
            // The database is away, or a batch lost a race with a deleted chunk: the next run
            // takes it from the cursor; a skipped range is found by the next pass.
            LOG.warnf("re-embedder: %s", e.toString());
        }
    }

    private boolean sweepDue() {
        if (System.nanoTime() - lastSweepNanos < sweepInterval.toNanos()) {
            return false;
        }
        lastSweepNanos = System.nanoTime();
        return true;
    }

    /** Embeds every chunk lacking {@code version}'s vector; then switches to it if asked. */
    private void build(String version, boolean switchWhenComplete) {
        Embedder embedder = embedders.byVersion(version).orElse(null);
        if (embedder == null) {
            LOG.warnf(
                    "re-embedder: %s is not a model of this build; a replica with it builds it",
                    version);
            return;
        }
        int passes = 0;
        while (passes < MAX_PASSES_PER_RUN && !Thread.currentThread().isInterrupted()) {
            VectorRepository.Range range = vectors.claim(version, batchSize).await().indefinitely();
            if (range != null) {
                embed(embedder, range);
            } else if (models.anyChunkMissing(version).await().indefinitely()) {
                vectors.restartPass(version).await().indefinitely();
                passes++;
            } else {
                if (switchWhenComplete && switches.activate(version).await().indefinitely()) {
                    LOG.infof("embedding model switched: queries now read %s", version);
                }
                return;
            }
        }
    }

    private void embed(Embedder embedder, VectorRepository.Range range) {
        List<VectorRepository.ChunkText> chunks =
                vectors.missing(embedder.version(), range).await().indefinitely();
        if (chunks.isEmpty()) {
            return;
        }
        // The same text (a heading repeated, a copied chunk) is embedded once per batch.
        Map<String, Integer> textIndex = new HashMap<>();
        List<String> texts = new ArrayList<>();
        int[] textOf = new int[chunks.size()];
        for (int i = 0; i < chunks.size(); i++) {
            VectorRepository.ChunkText c = chunks.get(i);
            String text =
                    Chunk.embeddedText(BlockType.ofLabel(c.type()), c.sectionPath(), c.content());
            textOf[i] =
                    textIndex.computeIfAbsent(
                            text,
                            t -> {
                                texts.add(t);
                                return texts.size() - 1;
                            });
        }
        List<float[]> embedded = embedder.embedPassages(texts);
        Long[] ids = new Long[chunks.size()];
        String[] literals = new String[chunks.size()];
        for (int i = 0; i < chunks.size(); i++) {
            ids[i] = chunks.get(i).id();
            literals[i] = VectorLiteral.of(embedded.get(textOf[i]));
        }
        int added = vectors.store(embedder.version(), ids, literals).await().indefinitely();
        counter(embedder).increment(added);
    }

    /** Deletes the vectors of models retired longer than the grace period, then marks them. */
    private void retire() {
        for (String version :
                models.retiringSince(retireGrace.toSeconds()).await().indefinitely()) {
            while (vectors.deleteRetired(version, retireBatchSize).await().indefinitely() > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
            models.markRetired(version).await().indefinitely();
            LOG.infof("embedding model %s retired: its vectors are deleted", version);
        }
    }

    private Counter counter(Embedder embedder) {
        return Counter.builder("assistant.embedding.reembedded.chunks")
                .description("Chunks the re-embedder gave a vector (all replicas: sum)")
                .tag("model", embedder.id())
                .register(registry);
    }
}
