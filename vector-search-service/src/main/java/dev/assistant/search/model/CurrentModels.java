package dev.assistant.search.model;

import java.time.Duration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live model set as this replica last read it, read again once it is older than {@code
 * assistant.embedding.models-refresh}. Queries use it to pick the model to embed with and the
 * vectors to read, so a switch reaches every replica within that time; a retired model's vectors
 * are deleted only {@code assistant.embedding.retire-grace} after the switch, longer than that plus
 * the longest query, so no query reads a model whose vectors are going.
 */
@ApplicationScoped
public class CurrentModels {

    private record Snapshot(ModelSet set, long readAtNanos) {}

    @Inject ModelRepository repository;

    @ConfigProperty(name = "assistant.embedding.models-refresh", defaultValue = "PT2S")
    Duration refresh;

    private volatile Snapshot snapshot;

    public Uni<ModelSet> get() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - s.readAtNanos() < refresh.toNanos()) {
            return Uni.createFrom().item(s.set());
        }
        return reload();
    }

    /** Reads the set now (after this replica changed it, or found it changed). */
    public Uni<ModelSet> reload() {
        long readAt = System.nanoTime();
        return repository.live().invoke(set -> snapshot = new Snapshot(set, readAt));
    }
}
