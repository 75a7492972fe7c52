package dev.assistant.search.model;

import java.util.List;

import dev.assistant.search.embedding.Embedder;
import dev.assistant.search.embedding.Embedders;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The model switch. The configured model ({@code assistant.embedding.model}) is the target: at
 * start-up each replica makes it the target in the database ({@link #targetConfigured}), which
 * starts building it unless it is already active or building; the re-embedder then gives every
 * chunk a vector of it, and {@link #activate} switches queries over in one transaction once none is
 * missing. Setting the configuration back while a build runs abandons the build.
 */
@ApplicationScoped
public class ModelSwitchService {

    @Inject ModelRepository models;

    @Inject VectorRepository vectors;

    @Inject Embedders embedders;

    @Inject CurrentModels current;

    @Inject SwitchProgress progress;

    /** Makes the configured model the target. */
    public Uni<Void> targetConfigured() {
        return target(embedders.target());
    }

    /** Makes {@code embedder}'s model the target (configuration at start-up; tests). */
    public Uni<Void> target(Embedder embedder) {
        return models.target(embedder.version()).call(current::reload).replaceWithVoid();
    }

    /** Switches queries to {@code version} if every chunk has its vector; true when it did. */
    public Uni<Boolean> activate(String version) {
        return models.activate(version).call(current::reload);
    }

    /** What the admin endpoint shows: each model, and the progress towards the target. */
    public Uni<SwitchStatus> status() {
        return current.reload()
                .chain(
                        set -> {
                            String target = set.building() != null ? set.building() : set.active();
                            Uni<VectorRepository.Progress> counts =
                                    target == null
                                            ? Uni.createFrom()
                                                    .item(new VectorRepository.Progress(0, 0))
                                            : vectors.progress(target);
                            return Uni.combine()
                                    .all()
                                    .unis(models.all(), counts)
                                    .with(
                                            (List<ModelRow> rows, VectorRepository.Progress p) ->
                                                    SwitchStatus.of(
                                                            embedders.target().id(),
                                                            set,
                                                            p,
                                                            progress.ratePerSecond(),
                                                            rows));
                        });
    }
}
