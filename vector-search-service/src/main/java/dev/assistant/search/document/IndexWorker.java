package dev.assistant.search.document;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.assistant.search.chunking.StructuredChunker;
import dev.assistant.search.extract.DocumentFormat;
import dev.assistant.search.extract.ExtractedDocument;
import dev.assistant.search.extract.TextExtractor;
import dev.assistant.search.extract.UnreadableDocumentException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Indexes uploaded documents in the background, from the database's pending rows: an upload commits
 * its document as pending and returns; this worker claims pending documents one at a time (a lease,
 * so replicas share the queue and a crashed worker's document is taken again once its lease
 * passes), extracts, chunks and embeds outside any transaction, then stores the chunks and marks
 * the document indexed in one transaction, only if the generation it read is still current. The
 * queue is the table, so nothing is lost across restarts. Uploads and re-index requests wake it at
 * once; a poll is the safety net.
 */
@ApplicationScoped
public class IndexWorker {

    private static final Logger LOG = Logger.getLogger(IndexWorker.class);

    @Inject Pool pool;

    @Inject DocumentRepository documents;

    @Inject ChunkRepository chunks;

    @Inject TextExtractor extractor;

    @Inject StructuredChunker chunker;

    @Inject ChunkEmbedding embedding;

    @ConfigProperty(name = "assistant.indexing.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @ConfigProperty(name = "assistant.indexing.lease", defaultValue = "PT5M")
    Duration lease;

    @ConfigProperty(name = "assistant.indexing.max-attempts", defaultValue = "5")
    int maxAttempts;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "search-index-worker");
                            thread.setDaemon(true);
                            return thread;
                        });
        executor.scheduleWithFixedDelay(
                this::drain,
                pollInterval.toMillis(),
                pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /** Work is waiting (called after an upload or re-index commits). */
    public void wake() {
        if (executor != null && scheduled.compareAndSet(false, true)) {
            executor.execute(
                    () -> {
                        scheduled.set(false);
                        drain();
                    });
        }
    }

    /** Indexes pending documents until none is left. */
    void drain() {
        try {
            DocumentRepository.Claim claim;
            while ((claim = documents.claimPending((int) lease.toSeconds()).await().indefinitely())
                    != null) {
                index(claim);
            }
        } catch (RuntimeException e) {
            // The database is away: the next poll tries again.
            LOG.warnf("index worker: cannot claim pending documents: %s", e.toString());
        }
    }

    private void index(DocumentRepository.Claim claim) {
        try {
            byte[] content = documents.content(claim.ownerId(), claim.id()).await().indefinitely();
            if (content == null) {
                return; // deleted meanwhile
            }
            ExtractedDocument extracted =
                    extractor.extract(DocumentFormat.of(claim.mimeType()), content);
            embedding.embedAndStore(
                    claim.ownerId(),
                    claim.id(),
                    chunker.chunk(extracted.blocks()),
                    embedded ->
                            pool.withTransaction(
                                    tx ->
                                            documents
                                                    .markIndexed(tx, claim, extracted.title())
                                                    .call(
                                                            current ->
                                                                    current
                                                                            ? chunks.replace(
                                                                                    tx,
                                                                                    claim.id(),
                                                                                    claim.ownerId(),
                                                                                    embedded)
                                                                            : Uni.createFrom()
                                                                                    .voidItem())));
        } catch (UnreadableDocumentException e) {
            documents.markFailed(claim, e.getMessage()).await().indefinitely();
        } catch (RuntimeException e) {
            failedAttempt(claim, e);
        }
    }

    private void failedAttempt(DocumentRepository.Claim claim, RuntimeException e) {
        LOG.warnf(e, "index worker: document %s attempt %d failed", claim.id(), claim.attempts());
        try {
            if (claim.attempts() >= maxAttempts) {
                documents
                        .markFailed(
                                claim,
                                "indexing failed " + claim.attempts() + " times; re-index to retry")
                        .await()
                        .indefinitely();
            } else {
                documents.retryAfter(claim, 5 * claim.attempts()).await().indefinitely();
            }
        } catch (RuntimeException again) {
            // The lease runs out on its own and the document is claimed again.
            LOG.warnf("index worker: cannot record the failure: %s", again.toString());
        }
    }
}
