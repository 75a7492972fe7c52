package dev.assistant.goals.note;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.NoteDeleted;
import dev.assistant.events.goals.GoalsEvents.NoteSaved;
import dev.assistant.goals.activity.ActivityNotFoundException;
import dev.assistant.goals.activity.ActivityService;
import dev.assistant.goals.instance.InstanceNotFoundException;
import dev.assistant.goals.instance.InstanceService;
import dev.assistant.goals.session.SessionNotFoundException;
import dev.assistant.goals.session.SessionService;
import dev.assistant.kit.outbox.Outbox;
import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetPage;
import dev.assistant.kit.problem.InvalidField;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Note use cases. Each save and delete writes NoteSaved / NoteDeleted to the outbox in the same
 * transaction (the saved event carries the text, which search indexes).
 */
@ApplicationScoped
public class NoteService {

    private static final String CONTEXTS = "sessionId, activityInstanceId or activityDefinitionId";

    @Inject Pool pool;

    @Inject NoteRepository repository;

    @Inject SessionService sessions;

    @Inject InstanceService instances;

    @Inject ActivityService activities;

    @Inject Outbox outbox;

    public Uni<Note> create(String ownerId, NoteRequest request) {
        return context(ownerId, request)
                .chain(
                        note ->
                                pool.withTransaction(
                                        tx ->
                                                repository
                                                        .insert(tx, note)
                                                        .onItem()
                                                        .ifNull()
                                                        .failWith(() -> contextGone(note))
                                                        .call(
                                                                saved ->
                                                                        outbox.append(
                                                                                tx,
                                                                                GoalsEvents
                                                                                        .NOTE_SAVED,
                                                                                savedEvent(
                                                                                        saved)))));
    }

    public Uni<Note> get(String ownerId, UUID id) {
        return repository
                .find(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new NoteNotFoundException(id));
    }

    public Uni<Note> update(String ownerId, UUID id, NotePatch patch) {
        String content = patch.content() == null ? null : patch.content().strip();
        return pool.withTransaction(
                tx ->
                        repository
                                .updateContent(tx, ownerId, id, content)
                                .onItem()
                                .ifNull()
                                .failWith(() -> new NoteNotFoundException(id))
                                .call(
                                        saved ->
                                                outbox.append(
                                                        tx,
                                                        GoalsEvents.NOTE_SAVED,
                                                        savedEvent(saved))));
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return pool.withTransaction(
                tx ->
                        repository
                                .softDelete(tx, ownerId, id)
                                .chain(
                                        deleted ->
                                                deleted
                                                        ? outbox.append(
                                                                tx,
                                                                GoalsEvents.NOTE_DELETED,
                                                                new NoteDeleted(id, ownerId))
                                                        : Uni.createFrom()
                                                                .failure(
                                                                        new NoteNotFoundException(
                                                                                id))));
    }

    /** Newest first, narrowed by the filter; the cursor is the last item's (createdAt, id). */
    public Uni<NotePage> page(String ownerId, NoteFilter filter, String cursor, int limit) {
        Cursor after = Cursor.decodeOrNull(cursor);
        return repository
                .page(ownerId, filter, after, KeysetPage.fetchSize(limit))
                .map(
                        found ->
                                NotePage.from(
                                        KeysetPage.of(
                                                found,
                                                limit,
                                                n -> new Cursor(n.createdAt(), n.id()))));
    }

    /** Notes earlier sessions left about this session's activities, newest first. */
    public Uni<List<Note>> previous(String ownerId, UUID sessionId, int limit) {
        return sessions.get(ownerId, sessionId)
                .chain(
                        session ->
                                repository.previous(ownerId, sessionId, session.position(), limit));
    }

    /** The new note, its root and references taken from the one thing it is about. */
    private Uni<Note> context(String ownerId, NoteRequest r) {
        List<String> given = new ArrayList<>();
        if (r.sessionId() != null) {
            given.add("sessionId");
        }
        if (r.activityInstanceId() != null) {
            given.add("activityInstanceId");
        }
        if (r.activityDefinitionId() != null) {
            given.add("activityDefinitionId");
        }
        if (given.isEmpty()) {
            throw InvalidField.of("sessionId", "body", "a note is about one of " + CONTEXTS);
        }
        if (given.size() > 1) {
            throw InvalidField.of(given.get(1), "body", "give only one of " + CONTEXTS);
        }
        if (r.setIndex() != null && r.activityInstanceId() == null) {
            throw InvalidField.of("setIndex", "body", "a set belongs to an activityInstanceId");
        }
        UUID id = UUID.randomUUID();
        String content = r.content().strip();
        if (r.sessionId() != null) {
            return sessions.get(ownerId, r.sessionId())
                    .onFailure(SessionNotFoundException.class)
                    .transform(e -> InvalidField.of("sessionId", "body", "no such session"))
                    .map(
                            s ->
                                    new Note(
                                            id,
                                            ownerId,
                                            s.rootId(),
                                            "session",
                                            s.id(),
                                            null,
                                            null,
                                            null,
                                            content,
                                            null,
                                            null));
        }
        if (r.activityInstanceId() != null) {
            return instances
                    .get(ownerId, r.activityInstanceId())
                    .onFailure(InstanceNotFoundException.class)
                    .transform(
                            e -> InvalidField.of("activityInstanceId", "body", "no such instance"))
                    .map(
                            i ->
                                    new Note(
                                            id,
                                            ownerId,
                                            i.rootId(),
                                            r.setIndex() == null ? "activity_instance" : "set",
                                            i.sessionId(),
                                            i.id(),
                                            i.activityId(),
                                            r.setIndex(),
                                            content,
                                            null,
                                            null));
        }
        return activities
                .get(ownerId, r.activityDefinitionId())
                .onFailure(ActivityNotFoundException.class)
                .transform(e -> InvalidField.of("activityDefinitionId", "body", "no such activity"))
                .map(
                        a ->
                                new Note(
                                        id,
                                        ownerId,
                                        a.definition().rootId,
                                        "activity_definition",
                                        null,
                                        null,
                                        a.definition().id,
                                        null,
                                        content,
                                        null,
                                        null));
    }

    /** The note's context was deleted between its check and the insert (a concurrent delete). */
    private static HttpProblem contextGone(Note note) {
        return switch (note.contextType()) {
            case "session" -> InvalidField.of("sessionId", "body", "no such session");
            case "activity_definition" ->
                    InvalidField.of("activityDefinitionId", "body", "no such activity");
            default -> InvalidField.of("activityInstanceId", "body", "no such instance");
        };
    }

    /** The note.saved payload of a note as it is now (also for a note brought back). */
    static NoteSaved savedEvent(Note n) {
        return new NoteSaved(
                n.id(),
                n.ownerId(),
                n.rootId(),
                n.contextType(),
                n.sessionId(),
                n.activityInstanceId(),
                n.activityDefinitionId(),
                n.setIndex(),
                n.content(),
                n.createdAt().toInstant(),
                n.updatedAt().toInstant());
    }
}
