package dev.assistant.goals.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.SessionCompleted;
import dev.assistant.goals.goal.TreeRoots;
import dev.assistant.kit.outbox.Outbox;
import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetPage;
import dev.assistant.kit.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Session use cases (Vert.x client: completing a session publishes SessionCompleted through the
 * outbox in the same transaction). A session belongs to one tree; its template, program day and
 * goals must be of that tree.
 */
@ApplicationScoped
public class SessionService {

    @Inject Pool pool;

    @Inject SessionRepository repository;

    @Inject TreeRoots roots;

    @Inject Outbox outbox;

    @Inject SessionDependents dependents;

    public Uni<Session> create(String ownerId, SessionRequest request) {
        checkOrder(request.sessionStart(), request.sessionEnd());
        UUID id = UUID.randomUUID();
        UUID rootId = request.rootId();
        return roots.require(ownerId, rootId)
                .chain(() -> requireTemplate(ownerId, rootId, request.templateId()))
                .chain(() -> requireProgramDay(ownerId, rootId, request.programDayId()))
                .chain(() -> links(ownerId, rootId, request.goalIds()))
                .chain(
                        links ->
                                pool.withTransaction(
                                        tx -> insert(tx, id, ownerId, request, links)));
    }

    private Uni<Session> insert(
            SqlClient tx, UUID id, String ownerId, SessionRequest request, List<GoalLink> links) {
        Uni<Integer> instances =
                request.templateId() == null
                        ? Uni.createFrom().item(0)
                        : repository.instancesFromTemplate(
                                tx, ownerId, id, request.rootId(), request.templateId());
        return repository
                .insert(tx, id, ownerId, request)
                .call(() -> repository.replaceGoals(tx, ownerId, id, links))
                .call(() -> instances)
                .chain(() -> repository.find(tx, ownerId, id));
    }

    public Uni<Session> get(String ownerId, UUID id) {
        return repository
                .find(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new SessionNotFoundException(id));
    }

    /**
     * Newest first (start, else creation time); from and to are UTC dates, both included. The
     * cursor is the last item's (position, id).
     */
    public Uni<SessionPage> page(
            String ownerId, UUID rootId, LocalDate from, LocalDate to, String cursor, int limit) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidField.of("to", "query", "must not be before from");
        }
        Cursor after = Cursor.decodeOrNull(cursor);
        SessionFilter filter =
                new SessionFilter(
                        rootId,
                        from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
                        to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        return repository
                .page(ownerId, filter, after, KeysetPage.fetchSize(limit))
                .map(
                        found ->
                                SessionPage.from(
                                        KeysetPage.of(
                                                found,
                                                limit,
                                                s -> new Cursor(s.position(), s.id()))));
    }

    public Uni<Session> update(String ownerId, UUID id, SessionPatch patch) {
        return pool.withTransaction(
                tx ->
                        repository
                                .lock(tx, ownerId, id)
                                .onItem()
                                .ifNull()
                                .failWith(() -> new SessionNotFoundException(id))
                                .map(current -> merged(current, patch))
                                .chain(merged -> repository.update(tx, merged)));
    }

    /**
     * Soft-deletes the session and, in the same transaction, what is about it (its notes, each
     * announcing its deletion).
     */
    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        repository
                                .softDelete(tx, ownerId, id)
                                .chain(
                                        deleted ->
                                                deleted
                                                        ? dependents.sessionDeleted(tx, ownerId, id)
                                                        : Uni.createFrom()
                                                                .failure(
                                                                        new SessionNotFoundException(
                                                                                id))));
    }

    /**
     * Completes the session and publishes SessionCompleted with it. Completing a completed session
     * changes nothing and publishes nothing (the event announces the transition).
     */
    public Uni<Session> complete(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        repository
                                .complete(tx, ownerId, id)
                                .chain(
                                        completed ->
                                                completed == null
                                                        ? alreadyComplete(tx, ownerId, id)
                                                        : outbox.append(
                                                                        tx,
                                                                        GoalsEvents
                                                                                .SESSION_COMPLETED,
                                                                        completedEvent(completed))
                                                                .replaceWith(completed)));
    }

    private Uni<Session> alreadyComplete(SqlClient tx, String ownerId, UUID id) {
        return repository
                .find(tx, ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new SessionNotFoundException(id));
    }

    /** A new, not completed session like this one, with its goals and (untimed) instances. */
    public Uni<Session> duplicate(String ownerId, UUID id) {
        UUID copyId = UUID.randomUUID();
        return pool.withTransaction(
                tx ->
                        repository
                                .duplicate(tx, ownerId, id, copyId)
                                .onItem()
                                .ifNull()
                                .failWith(() -> new SessionNotFoundException(id))
                                .chain(copy -> repository.find(tx, ownerId, copy)));
    }

    /** Replaces the session's goal links. */
    public Uni<Session> replaceGoals(String ownerId, UUID id, SessionGoalsRequest request) {
        return get(ownerId, id)
                .chain(session -> typedLinks(ownerId, session.rootId(), request))
                .chain(links -> pool.withTransaction(tx -> relink(tx, ownerId, id, links)));
    }

    private Uni<Session> relink(SqlClient tx, String ownerId, UUID id, List<GoalLink> links) {
        return repository
                .lock(tx, ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new SessionNotFoundException(id))
                .call(() -> repository.replaceGoals(tx, ownerId, id, links))
                .chain(() -> repository.find(tx, ownerId, id));
    }

    /** goalIds as links, each typed by its goal's level (ShortTermGoal or ImmediateGoal). */
    private Uni<List<GoalLink>> links(String ownerId, UUID rootId, List<UUID> goalIds) {
        if (goalIds == null || goalIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return repository
                .goalLevels(ownerId, rootId, goalIds)
                .map(
                        levels -> {
                            List<GoalLink> links = new ArrayList<>();
                            for (int i = 0; i < goalIds.size(); i++) {
                                String type =
                                        linkType(levels, goalIds.get(i), "goalIds[" + i + "]");
                                if (type == null) {
                                    throw InvalidField.of(
                                            "goalIds[" + i + "]",
                                            "body",
                                            "a session links ShortTermGoals and ImmediateGoals only");
                                }
                                addOnce(links, new GoalLink(goalIds.get(i), type));
                            }
                            return links;
                        });
    }

    private Uni<List<GoalLink>> typedLinks(
            String ownerId, UUID rootId, SessionGoalsRequest request) {
        List<UUID> all = new ArrayList<>(request.shortTerm());
        all.addAll(request.immediate());
        return repository
                .goalLevels(ownerId, rootId, all)
                .map(
                        levels -> {
                            List<GoalLink> links = new ArrayList<>();
                            collect(
                                    levels,
                                    request.shortTerm(),
                                    "shortTerm",
                                    GoalLink.SHORT_TERM,
                                    links);
                            collect(
                                    levels,
                                    request.immediate(),
                                    "immediate",
                                    GoalLink.IMMEDIATE,
                                    links);
                            return links;
                        });
    }

    private static void collect(
            Map<UUID, String> levels,
            List<UUID> ids,
            String field,
            String expected,
            List<GoalLink> links) {
        for (int i = 0; i < ids.size(); i++) {
            String type = linkType(levels, ids.get(i), field + "[" + i + "]");
            if (!expected.equals(type)) {
                throw InvalidField.of(
                        field + "[" + i + "]",
                        "body",
                        "must be a "
                                + (expected.equals(GoalLink.SHORT_TERM)
                                        ? "ShortTermGoal"
                                        : "ImmediateGoal"));
            }
            addOnce(links, new GoalLink(ids.get(i), type));
        }
    }

    private static String linkType(Map<UUID, String> levels, UUID id, String field) {
        String level = levels.get(id);
        if (level == null) {
            throw InvalidField.of(field, "body", "not a goal of this session's tree");
        }
        return GoalLink.typeOf(level);
    }

    private static void addOnce(List<GoalLink> links, GoalLink link) {
        if (links.stream().noneMatch(l -> l.goalId().equals(link.goalId()))) {
            links.add(link);
        }
    }

    private Uni<Void> requireTemplate(String ownerId, UUID rootId, UUID templateId) {
        return templateId == null
                ? Uni.createFrom().voidItem()
                : require(
                        repository.templateExists(ownerId, rootId, templateId),
                        "templateId",
                        "not a session template of this tree");
    }

    private Uni<Void> requireProgramDay(String ownerId, UUID rootId, UUID programDayId) {
        return programDayId == null
                ? Uni.createFrom().voidItem()
                : require(
                        repository.programDayExists(ownerId, rootId, programDayId),
                        "programDayId",
                        "not a day of a program of this tree");
    }

    private static Uni<Void> require(Uni<Boolean> check, String field, String message) {
        return check.chain(
                ok ->
                        ok
                                ? Uni.createFrom().voidItem()
                                : Uni.createFrom()
                                        .failure(InvalidField.of(field, "body", message)));
    }

    private static Session merged(Session s, SessionPatch p) {
        OffsetDateTime start = p.sessionStart() != null ? p.sessionStart() : s.sessionStart();
        OffsetDateTime end = p.sessionEnd() != null ? p.sessionEnd() : s.sessionEnd();
        checkOrder(start, end);
        return new Session(
                s.id(),
                s.ownerId(),
                s.rootId(),
                p.name() != null ? p.name().strip() : s.name(),
                p.description() != null ? p.description() : s.description(),
                start,
                end,
                p.durationMinutes() != null ? p.durationMinutes() : s.durationMinutes(),
                s.totalDurationSeconds(),
                s.templateId(),
                s.programDayId(),
                p.attributes() != null ? p.attributes() : s.attributes(),
                s.completed(),
                s.completedAt(),
                s.shortTermGoalIds(),
                s.immediateGoalIds(),
                s.createdAt(),
                s.updatedAt());
    }

    private static void checkOrder(OffsetDateTime start, OffsetDateTime end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw InvalidField.of("sessionEnd", "body", "must not be before sessionStart");
        }
    }

    private static SessionCompleted completedEvent(Session s) {
        return new SessionCompleted(
                s.id(),
                s.ownerId(),
                s.rootId(),
                s.name(),
                s.description(),
                s.sessionStart() == null ? null : s.sessionStart().toInstant(),
                s.sessionEnd() == null ? null : s.sessionEnd().toInstant(),
                s.totalDurationSeconds(),
                s.goalIds(),
                s.completedAt().toInstant());
    }
}
