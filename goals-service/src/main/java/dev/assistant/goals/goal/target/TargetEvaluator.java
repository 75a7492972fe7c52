package dev.assistant.goals.goal.target;

import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Evaluates targets on the server (the legacy app did it only in the browser): which targets a
 * session or an activity instance meets, and when each target was first achieved. Whoever writes
 * metric values calls {@link #instanceChanged} in the same transaction; target creation and
 * condition changes call {@link #targetChanged}.
 */
@ApplicationScoped
public class TargetEvaluator {

    @Inject TargetEvaluationRepository evaluations;

    /**
     * Records the first achievement (at the instance's time, by the instance) of every target not
     * yet achieved that this instance now meets. Call it on the transaction that wrote the
     * instance's metric values; returns the targets it achieved.
     */
    public Uni<List<UUID>> instanceChanged(SqlClient tx, String ownerId, UUID instanceId) {
        return evaluations.recordFirstAchievements(tx, ownerId, "i.id = $2", instanceId);
    }

    /**
     * Records the target's first achievement from the instances already recorded (the earliest that
     * meets it), if it is not achieved yet.
     */
    public Uni<List<UUID>> targetChanged(SqlClient tx, String ownerId, UUID targetId) {
        return evaluations.recordFirstAchievements(tx, ownerId, "t.id = $2", targetId);
    }

    /** The targets the session's instances meet; null when the session is not the caller's. */
    public Uni<List<MetTarget>> metBySession(String ownerId, UUID sessionId) {
        return evaluations
                .sessionExists(ownerId, sessionId)
                .chain(
                        exists ->
                                exists
                                        ? evaluations.metBySession(ownerId, sessionId)
                                        : Uni.createFrom().nullItem());
    }

    /** The targets the instance meets; null when the instance is not the caller's (or deleted). */
    public Uni<List<MetTarget>> metByInstance(String ownerId, UUID instanceId) {
        return evaluations
                .instanceExists(ownerId, instanceId)
                .chain(
                        exists ->
                                exists
                                        ? evaluations.metByInstance(ownerId, instanceId)
                                        : Uni.createFrom().nullItem());
    }
}
