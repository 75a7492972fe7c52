package dev.assistant.search.embedding;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every model this build can run, by configuration id or by stored version, and the one configured
 * as the target ({@code assistant.embedding.model}). An unknown id stops the start-up.
 */
@ApplicationScoped
public class Embedders {

    @Inject @Any Instance<Embedder> embedders;

    @ConfigProperty(name = "assistant.embedding.model")
    String configured;

    void check(@Observes StartupEvent event) {
        target();
    }

    /** The configured model: the one every vector should come from. */
    public Embedder target() {
        return all().stream()
                .filter(e -> e.id().equals(configured))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "assistant.embedding.model="
                                                + configured
                                                + " is not one of "
                                                + all().stream().map(Embedder::id).toList()));
    }

    /** The model that made vectors stored as {@code version}; empty for one this build lacks. */
    public Optional<Embedder> byVersion(String version) {
        return all().stream().filter(e -> e.version().equals(version)).findFirst();
    }

    public List<Embedder> all() {
        return embedders.stream().toList();
    }
}
