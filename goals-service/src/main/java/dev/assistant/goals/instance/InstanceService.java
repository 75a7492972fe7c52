package dev.assistant.goals.instance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.assistant.goals.activity.ActivityNotFoundException;
import dev.assistant.goals.activity.ActivityService;
import dev.assistant.goals.goal.target.TargetEvaluator;
import dev.assistant.goals.session.SessionService;
import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Activity-instance use cases: a session's ordered instances, their timers and their metric values
 * (Vert.x client). Timer rules: start sets the start to now (restarting a stopped timer, leaving a
 * running one as it is); stop without a start is a 400 naming timeStart; stopping a stopped timer
 * changes nothing and answers the instance as it is.
 */
@ApplicationScoped
public class InstanceService {

    @Inject TargetEvaluator targets;

    @Inject Pool pool;

    @Inject InstanceRepository repository;

    @Inject SessionService sessions;

    @Inject ActivityService activities;

    @Inject InstanceDependents dependents;

    public Uni<ActivityInstance> get(String ownerId, UUID id) {
        return repository
                .find(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new InstanceNotFoundException(id));
    }

    /** The session's instances in their order (404 for someone else's session). */
    public Uni<List<ActivityInstance>> ofSession(String ownerId, UUID sessionId) {
        return sessions.get(ownerId, sessionId)
                .chain(() -> repository.ofSession(pool, ownerId, sessionId));
    }

    public Uni<ActivityInstance> add(String ownerId, UUID sessionId, InstanceRequest request) {
        UUID id = UUID.randomUUID();
        return sessions.get(ownerId, sessionId)
                .chain(
                        () ->
                                repository.insert(
                                        ownerId,
                                        sessionId,
                                        request.activityId(),
                                        request.sortOrder(),
                                        id))
                .onItem()
                .ifNull()
                .failWith(
                        () ->
                                InvalidField.of(
                                        "activityId",
                                        "body",
                                        "not an activity of this session's tree"))
                .chain(() -> get(ownerId, id));
    }

    /**
     * Puts the named instances first, in the order of {@code ids}; the session's other instances
     * follow in their current order (so an instance added meanwhile on another device does not make
     * the reorder fail). Each id must be one of the session's instances, named once.
     */
    public Uni<List<ActivityInstance>> reorder(String ownerId, UUID sessionId, List<UUID> ids) {
        return sessions.get(ownerId, sessionId)
                .chain(
                        () ->
                                pool.withTransaction(
                                        tx ->
                                                repository
                                                        .ofSession(tx, ownerId, sessionId)
                                                        .map(current -> newOrder(current, ids))
                                                        .call(
                                                                order ->
                                                                        repository.reorder(
                                                                                tx, ownerId,
                                                                                sessionId, order))
                                                        .chain(
                                                                () ->
                                                                        repository.ofSession(
                                                                                tx, ownerId,
                                                                                sessionId))));
    }

    public Uni<ActivityInstance> update(String ownerId, UUID id, InstancePatch patch) {
        return found(repository.update(ownerId, id, patch.completed(), patch.sortOrder()), id)
                .chain(() -> get(ownerId, id));
    }

    /**
     * Soft-deletes the instance and, in the same transaction, what is about it (its notes, each
     * announcing its deletion).
     */
    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        found(repository.softDelete(tx, ownerId, id), id)
                                .chain(() -> dependents.instanceDeleted(tx, ownerId, id)));
    }

    public Uni<ActivityInstance> start(String ownerId, UUID id) {
        return found(repository.start(ownerId, id), id).chain(() -> get(ownerId, id));
    }

    /** Stops the running timer; see the class comment for the other cases. */
    public Uni<ActivityInstance> stop(String ownerId, UUID id) {
        return repository
                .stop(ownerId, id)
                .chain(() -> get(ownerId, id))
                .invoke(
                        instance -> {
                            if (instance.timeStart() == null) {
                                throw InvalidField.of(
                                        "timeStart", "body", "the timer was never started");
                            }
                            if (instance.timeStop() == null) {
                                throw InvalidField.of(
                                        "timeStart", "body", "the timer starts in the future");
                            }
                        });
    }

    public Uni<ActivityInstance> setTimes(String ownerId, UUID id, InstanceTimes times) {
        if (times.timeStop() != null && times.timeStart() == null) {
            throw InvalidField.of("timeStart", "body", "a stop needs a start");
        }
        if (times.timeStop() != null && times.timeStop().isBefore(times.timeStart())) {
            throw InvalidField.of("timeStop", "body", "must not be before timeStart");
        }
        return found(repository.setTimes(ownerId, id, times.timeStart(), times.timeStop()), id)
                .chain(() -> get(ownerId, id));
    }

    /** Replaces the instance's values after checking each against its activity's definition. */
    public Uni<ActivityInstance> replaceValues(
            String ownerId, UUID id, MetricValuesRequest request) {
        return get(ownerId, id)
                .call(
                        instance ->
                                activities
                                        .get(ownerId, instance.activityId())
                                        .onFailure(ActivityNotFoundException.class)
                                        .transform(
                                                e ->
                                                        InvalidField.of(
                                                                "values",
                                                                "body",
                                                                "the activity was deleted"))
                                        .invoke(
                                                activity ->
                                                        MetricValueRules.check(activity, request)))
                .call(
                        () ->
                                pool.withTransaction(
                                        tx ->
                                                repository
                                                        .replaceValues(
                                                                tx, ownerId, id, values(request))
                                                        // Achievements are recorded with the
                                                        // values that earned them, or not at all.
                                                        .call(
                                                                () ->
                                                                        targets.instanceChanged(
                                                                                tx, ownerId, id))))
                .chain(() -> get(ownerId, id));
    }

    /** The activity's last {@code limit} instances with values and notes (404: not yours). */
    public Uni<List<HistoryEntry>> history(String ownerId, UUID activityId, int limit) {
        return repository
                .history(ownerId, activityId, limit)
                .onItem()
                .ifNull()
                .failWith(() -> new ActivityNotFoundException(activityId));
    }

    private static List<MetricValue> values(MetricValuesRequest request) {
        return request.values().stream()
                .map(v -> new MetricValue(v.metricId(), v.splitId(), v.setIndex(), v.value()))
                .toList();
    }

    private static List<UUID> newOrder(List<ActivityInstance> current, List<UUID> ids) {
        Set<UUID> remaining = new LinkedHashSet<>();
        current.forEach(i -> remaining.add(i.id()));
        for (int i = 0; i < ids.size(); i++) {
            if (!remaining.remove(ids.get(i))) {
                throw InvalidField.of(
                        "ids[" + i + "]",
                        "body",
                        "not one of the session's instances, or named twice");
            }
        }
        List<UUID> order = new ArrayList<>(ids);
        order.addAll(remaining);
        return order;
    }

    private static Uni<Void> found(Uni<Boolean> write, UUID id) {
        return write.chain(
                ok ->
                        ok
                                ? Uni.createFrom().voidItem()
                                : Uni.createFrom().failure(new InstanceNotFoundException(id)));
    }
}
