package dev.assistant.goals.goal;

import java.util.UUID;

import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The rule every tree-scoped thing (groups, activities, sessions) is created under: its rootId is
 * one of the caller's live roots; anything else, someone else's root included, is a bad rootId.
 */
@ApplicationScoped
public class TreeRoots {

    @Inject RootGoalRepository roots;

    public Uni<Void> require(String ownerId, UUID rootId) {
        return roots.isLiveRoot(ownerId, rootId)
                .chain(
                        live ->
                                live
                                        ? Uni.createFrom().voidItem()
                                        : Uni.createFrom()
                                                .failure(
                                                        InvalidField.of(
                                                                "rootId",
                                                                "body",
                                                                "not the root goal of one of your trees")));
    }
}
