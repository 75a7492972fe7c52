package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.assistant.goals.goal.TreeRoots;
import dev.assistant.kit.problem.InvalidField;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Activity-definition use cases (Hibernate Reactive: definitions publish no event). A definition
 * belongs to one tree; its group, when it has one, belongs to the same tree.
 */
@ApplicationScoped
public class ActivityService {

    @Inject ActivityDefinitionRepository definitions;

    @Inject MetricDefinitionRepository metrics;

    @Inject SplitDefinitionRepository splits;

    @Inject ActivityGroupRepository groups;

    @Inject TreeRoots roots;

    @Inject ActivityDependents dependents;

    @Inject Pool pool;

    @WithTransaction
    public Uni<Activity> create(String ownerId, ActivityRequest request) {
        List<MetricRequest> metricRequests = orEmpty(request.metrics());
        List<SplitRequest> splitRequests = orEmpty(request.splits());
        return roots.require(ownerId, request.rootId())
                .chain(() -> requireGroup(ownerId, request.groupId(), request.rootId()))
                .chain(
                        () -> {
                            noIds("metrics", metricRequests.stream().map(MetricRequest::id));
                            noIds("splits", splitRequests.stream().map(SplitRequest::id));
                            ActivityRules.checkMetrics(metricRequests);
                            ActivityDefinition definition = new ActivityDefinition();
                            definition.id = UUID.randomUUID();
                            definition.ownerId = ownerId;
                            definition.rootId = request.rootId();
                            definition.groupId = request.groupId();
                            definition.name = request.name().strip();
                            definition.description = request.description();
                            definition.hasSets = Boolean.TRUE.equals(request.hasSets());
                            definition.metricsMultiplicative =
                                    Boolean.TRUE.equals(request.metricsMultiplicative());
                            definition.sortOrder =
                                    request.sortOrder() == null ? 0 : request.sortOrder();
                            definition.createdAt = Timestamps.now();
                            definition.updatedAt = definition.createdAt;
                            return definitions.persist(definition);
                        })
                .chain(
                        definition ->
                                replaceMetrics(definition, metricRequests, List.of())
                                        .chain(
                                                ms ->
                                                        replaceSplits(
                                                                        definition,
                                                                        splitRequests,
                                                                        List.of())
                                                                .map(
                                                                        ss ->
                                                                                new Activity(
                                                                                        definition,
                                                                                        ms,
                                                                                        ss))));
    }

    /** The tree's activities (in one group when given); an unknown root simply has none. */
    @WithSession
    public Uni<List<Activity>> ofRoot(String ownerId, UUID rootId, UUID groupId) {
        return definitions
                .ofRoot(ownerId, rootId, groupId)
                .chain(found -> withDetails(ownerId, found));
    }

    /** The caller's live activity, or a 404. */
    @WithSession
    public Uni<Activity> get(String ownerId, UUID id) {
        return live(ownerId, id)
                .chain(definition -> withDetails(ownerId, List.of(definition)))
                .map(List::getFirst);
    }

    @WithTransaction
    public Uni<Activity> update(String ownerId, UUID id, ActivityPatch patch) {
        return live(ownerId, id)
                .call(definition -> requireGroup(ownerId, patch.groupId(), definition.rootId))
                .chain(definition -> withDetails(ownerId, List.of(definition)))
                .map(List::getFirst)
                .chain(current -> apply(current, patch));
    }

    /**
     * Soft-deletes the definition and, in the same transaction, what is about it (its notes, each
     * announcing its deletion); its instances and their values stay in their sessions.
     */
    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        definitions
                                .softDelete(tx, ownerId, id)
                                .chain(
                                        deleted ->
                                                deleted
                                                        ? dependents.activityDeleted(
                                                                tx, ownerId, id)
                                                        : Uni.createFrom()
                                                                .failure(
                                                                        new ActivityNotFoundException(
                                                                                id))));
    }

    private Uni<Activity> apply(Activity current, ActivityPatch patch) {
        ActivityDefinition definition = current.definition();
        if (patch.groupId() != null) {
            definition.groupId = patch.groupId();
        }
        if (patch.name() != null) {
            definition.name = patch.name().strip();
        }
        if (patch.description() != null) {
            definition.description = patch.description();
        }
        if (patch.hasSets() != null) {
            definition.hasSets = patch.hasSets();
        }
        if (patch.metricsMultiplicative() != null) {
            definition.metricsMultiplicative = patch.metricsMultiplicative();
        }
        if (patch.sortOrder() != null) {
            definition.sortOrder = patch.sortOrder();
        }
        definition.updatedAt = Timestamps.now();
        if (patch.metrics() != null) {
            ActivityRules.checkMetrics(patch.metrics());
        }
        if (patch.splits() != null) {
            ActivityRules.checkSplits(patch.splits());
        }
        Uni<List<MetricDefinition>> newMetrics =
                patch.metrics() == null
                        ? Uni.createFrom().item(current.metrics())
                        : replaceMetrics(definition, patch.metrics(), current.metrics());
        return newMetrics.chain(
                ms -> {
                    Uni<List<SplitDefinition>> newSplits =
                            patch.splits() == null
                                    ? Uni.createFrom().item(current.splits())
                                    : replaceSplits(definition, patch.splits(), current.splits());
                    return newSplits.map(ss -> new Activity(definition, ms, ss));
                });
    }

    /**
     * Makes the definition's metrics exactly {@code requested}, in that order: an item with an id
     * edits that metric, one without is new, and current metrics left out are soft-deleted.
     */
    private Uni<List<MetricDefinition>> replaceMetrics(
            ActivityDefinition definition,
            List<MetricRequest> requested,
            List<MetricDefinition> current) {
        OffsetDateTime now = definition.updatedAt;
        Map<UUID, MetricDefinition> unclaimed = byId(current, m -> m.id);
        List<MetricDefinition> result = new ArrayList<>();
        List<MetricDefinition> created = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            MetricRequest request = requested.get(i);
            MetricDefinition metric;
            if (request.id() == null) {
                metric = new MetricDefinition();
                metric.id = UUID.randomUUID();
                metric.ownerId = definition.ownerId;
                metric.activityId = definition.id;
                metric.createdAt = now;
                created.add(metric);
            } else {
                metric = claim(unclaimed, request.id(), "metrics[" + i + "].id");
            }
            metric.name = request.name().strip();
            metric.unit = request.unit() == null ? "" : request.unit().strip();
            metric.topSet = Boolean.TRUE.equals(request.topSet());
            metric.multiplicative = !Boolean.FALSE.equals(request.multiplicative());
            metric.sortOrder = i;
            metric.updatedAt = now;
            result.add(metric);
        }
        unclaimed.values().forEach(removed -> removed.deletedAt = now);
        definition.hasMetrics = !result.isEmpty();
        return persistAll(metrics, created).replaceWith(result);
    }

    /** As {@link #replaceMetrics}, for splits. */
    private Uni<List<SplitDefinition>> replaceSplits(
            ActivityDefinition definition,
            List<SplitRequest> requested,
            List<SplitDefinition> current) {
        OffsetDateTime now = definition.updatedAt;
        Map<UUID, SplitDefinition> unclaimed = byId(current, s -> s.id);
        List<SplitDefinition> result = new ArrayList<>();
        List<SplitDefinition> created = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            SplitRequest request = requested.get(i);
            SplitDefinition split;
            if (request.id() == null) {
                split = new SplitDefinition();
                split.id = UUID.randomUUID();
                split.ownerId = definition.ownerId;
                split.activityId = definition.id;
                split.createdAt = now;
                created.add(split);
            } else {
                split = claim(unclaimed, request.id(), "splits[" + i + "].id");
            }
            split.name = request.name().strip();
            split.sortOrder = i;
            split.updatedAt = now;
            result.add(split);
        }
        unclaimed.values().forEach(removed -> removed.deletedAt = now);
        definition.hasSplits = !result.isEmpty();
        return persistAll(splits, created).replaceWith(result);
    }

    /** Panache's persist(Iterable) fails on an empty one (it joins no Uni). */
    private static <T> Uni<Void> persistAll(
            PanacheRepositoryBase<T, UUID> repository, List<T> items) {
        return items.isEmpty() ? Uni.createFrom().voidItem() : repository.persist(items);
    }

    private static <T> T claim(Map<UUID, T> unclaimed, UUID id, String field) {
        T found = unclaimed.remove(id);
        if (found == null) {
            throw InvalidField.of(field, "body", "not one of this activity's (or named twice)");
        }
        return found;
    }

    private static void noIds(String field, Stream<UUID> ids) {
        if (ids.anyMatch(Objects::nonNull)) {
            throw InvalidField.of(field, "body", "a new activity's items have no id yet");
        }
    }

    private Uni<List<Activity>> withDetails(String ownerId, List<ActivityDefinition> found) {
        List<UUID> ids = found.stream().map(d -> d.id).toList();
        return metrics.liveOf(ownerId, ids)
                .chain(ms -> splits.liveOf(ownerId, ids).map(ss -> assemble(found, ms, ss)));
    }

    private static List<Activity> assemble(
            List<ActivityDefinition> found,
            List<MetricDefinition> allMetrics,
            List<SplitDefinition> allSplits) {
        Map<UUID, List<MetricDefinition>> metricsOf =
                allMetrics.stream().collect(Collectors.groupingBy(m -> m.activityId));
        Map<UUID, List<SplitDefinition>> splitsOf =
                allSplits.stream().collect(Collectors.groupingBy(s -> s.activityId));
        return found.stream()
                .map(
                        d ->
                                new Activity(
                                        d,
                                        metricsOf.getOrDefault(d.id, List.of()),
                                        splitsOf.getOrDefault(d.id, List.of())))
                .toList();
    }

    private Uni<Void> requireGroup(String ownerId, UUID groupId, UUID rootId) {
        if (groupId == null) {
            return Uni.createFrom().voidItem();
        }
        return groups.live(ownerId, groupId)
                .chain(
                        group ->
                                group != null && group.rootId.equals(rootId)
                                        ? Uni.createFrom().voidItem()
                                        : Uni.createFrom()
                                                .failure(
                                                        InvalidField.of(
                                                                "groupId",
                                                                "body",
                                                                "not a group of this activity's tree")));
    }

    private Uni<ActivityDefinition> live(String ownerId, UUID id) {
        return definitions
                .live(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new ActivityNotFoundException(id));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
