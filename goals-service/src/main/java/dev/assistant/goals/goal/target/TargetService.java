package dev.assistant.goals.goal.target;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.assistant.goals.goal.Goal;
import dev.assistant.goals.goal.GoalService;
import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * Target use cases. A target's activity must be a live activity of its goal's tree and each
 * threshold a live metric of that activity; its achievement is evaluated when it is created and
 * whenever its condition changes.
 */
@ApplicationScoped
public class TargetService {

    @Inject Pool pool;

    @Inject TargetRepository targets;

    @Inject TargetEvaluator evaluator;

    @Inject GoalService goals;

    public Uni<Target> create(String ownerId, UUID goalId, TargetRequest request) {
        UUID id = UUID.randomUUID();
        List<Threshold> thresholds =
                request.thresholds() == null ? List.of() : request.thresholds();
        return goals.get(ownerId, goalId)
                .chain(
                        goal ->
                                pool.withTransaction(
                                        tx ->
                                                checkCondition(
                                                                tx,
                                                                ownerId,
                                                                goal.rootId(),
                                                                request.activityId(),
                                                                thresholds)
                                                        .chain(
                                                                () ->
                                                                        targets.insert(
                                                                                tx,
                                                                                newTarget(
                                                                                        id,
                                                                                        goal,
                                                                                        request,
                                                                                        thresholds)))
                                                        .chain(
                                                                () ->
                                                                        evaluator.targetChanged(
                                                                                tx, ownerId, id))
                                                        .chain(
                                                                () ->
                                                                        targets.find(
                                                                                tx, ownerId, id))));
    }

    private static Target newTarget(
            UUID id, Goal goal, TargetRequest request, List<Threshold> thresholds) {
        return new Target(
                id,
                goal.ownerId(),
                goal.rootId(),
                goal.id(),
                request.activityId(),
                request.name(),
                request.description(),
                thresholds,
                null,
                null,
                null,
                null);
    }

    /** The goal's targets, oldest first; 404 when the goal is not the caller's live goal. */
    public Uni<List<Target>> ofGoal(String ownerId, UUID goalId) {
        return goals.get(ownerId, goalId).chain(() -> targets.ofGoal(ownerId, goalId));
    }

    public Uni<Target> get(String ownerId, UUID id) {
        return targets.find(pool, ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new TargetNotFoundException(id));
    }

    public Uni<Target> update(String ownerId, UUID id, TargetPatch patch) {
        return pool.withTransaction(
                tx ->
                        targets.find(tx, ownerId, id)
                                .onItem()
                                .ifNull()
                                .failWith(() -> new TargetNotFoundException(id))
                                .call(
                                        target ->
                                                patch.changesCondition()
                                                        ? checkCondition(
                                                                tx,
                                                                ownerId,
                                                                target.rootId(),
                                                                patch.activityId() != null
                                                                        ? patch.activityId()
                                                                        : target.activityId(),
                                                                patch.thresholds() != null
                                                                        ? patch.thresholds()
                                                                        : target.thresholds())
                                                        : Uni.createFrom().voidItem())
                                .call(() -> targets.update(tx, ownerId, id, patch))
                                .call(
                                        () ->
                                                patch.changesCondition()
                                                        ? evaluator.targetChanged(tx, ownerId, id)
                                                        : Uni.createFrom().voidItem())
                                .chain(() -> targets.find(tx, ownerId, id)));
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return targets.delete(ownerId, id)
                .chain(
                        deleted ->
                                deleted
                                        ? Uni.createFrom().voidItem()
                                        : Uni.createFrom()
                                                .failure(new TargetNotFoundException(id)));
    }

    /** What the session's instances met; 404 for a session that is not the caller's live one. */
    public Uni<List<MetTarget>> metBySession(String ownerId, UUID sessionId) {
        return evaluator
                .metBySession(ownerId, sessionId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("session " + sessionId + " not found"));
    }

    public Uni<List<MetTarget>> metByInstance(String ownerId, UUID instanceId) {
        return evaluator
                .metByInstance(ownerId, instanceId)
                .onItem()
                .ifNull()
                .failWith(
                        () ->
                                new NotFoundException(
                                        "activity instance " + instanceId + " not found"));
    }

    /**
     * The activity is a live one of the tree, and each threshold names one of its live metrics,
     * once.
     */
    private Uni<Void> checkCondition(
            SqlClient tx,
            String ownerId,
            UUID rootId,
            UUID activityId,
            List<Threshold> thresholds) {
        if (activityId == null) {
            return Uni.createFrom()
                    .failure(
                            InvalidField.of(
                                    "activityId",
                                    "body",
                                    "the target's activity was deleted: name an activity"));
        }
        return targets.metricsOf(tx, ownerId, rootId, activityId)
                .onItem()
                .ifNull()
                .failWith(
                        () ->
                                InvalidField.of(
                                        "activityId",
                                        "body",
                                        "no such activity in the goal's tree"))
                .invoke(metrics -> checkThresholds(metrics, thresholds))
                .replaceWithVoid();
    }

    private static void checkThresholds(Set<UUID> metrics, List<Threshold> thresholds) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < thresholds.size(); i++) {
            UUID metricId = thresholds.get(i).metricId();
            String field = "thresholds[" + i + "].metricId";
            if (!metrics.contains(metricId)) {
                throw InvalidField.of(field, "body", "not a metric of the target's activity");
            }
            if (!seen.add(metricId)) {
                throw InvalidField.of(field, "body", "names a metric a threshold already names");
            }
        }
    }
}
