package dev.assistant.search.document;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets deletions once no event older than them can still arrive: after the retention, a late
 * event for a deleted source is assumed impossible (Kafka keeps records 7 days by default). Erasure
 * forgets an owner's deletions at once ({@link SourceVersionRepository#forgetOwner}). Runs on every
 * replica; the delete is idempotent, so they need no coordination.
 */
@ApplicationScoped
public class TombstonePurge {

    private static final Logger LOG = Logger.getLogger(TombstonePurge.class);
    private static final int BATCH = 5_000;

    @Inject SourceVersionRepository versions;

    @Inject Vertx vertx;

    @ConfigProperty(name = "assistant.ingest.tombstone-retention", defaultValue = "P30D")
    Duration retention;

    @ConfigProperty(name = "assistant.ingest.tombstone-purge-interval", defaultValue = "PT1H")
    Duration interval;

    void start(@Observes StartupEvent event) {
        vertx.setPeriodic(
                interval.toMillis(), tick -> purge().subscribe().with(this::purged, this::failed));
    }

    private void purged(int count) {
        if (count > 0) {
            LOG.infof("forgot %d deletions older than %s", count, retention);
        }
    }

    private void failed(Throwable failure) {
        LOG.warnf("tombstone purge failed, next try in %s: %s", interval, failure.toString());
    }

    /** Forgets every deletion older than the retention, in batches; returns how many. */
    public Uni<Integer> purge() {
        return purgeFrom(OffsetDateTime.now().minus(retention), 0);
    }

    private Uni<Integer> purgeFrom(OffsetDateTime cutoff, int purgedSoFar) {
        return versions.purgeDeletionsBefore(cutoff, BATCH)
                .chain(
                        purged ->
                                purged < BATCH
                                        ? Uni.createFrom().item(purgedSoFar + purged)
                                        : purgeFrom(cutoff, purgedSoFar + purged));
    }
}
