package dev.assistant.goals.note;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.events.goals.GoalsEvents.NoteDeleted;
import dev.assistant.goals.activity.ActivityDependents;
import dev.assistant.goals.goal.TreeDependents;
import dev.assistant.goals.instance.InstanceDependents;
import dev.assistant.goals.session.SessionDependents;
import dev.assistant.kit.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Notes go with the thing they are about. On the transaction that soft-deleted a session, an
 * activity instance, an activity definition or a whole tree (its root), the notes about it are
 * soft-deleted with the same deleted_at (the transaction's timestamp), each announced by
 * NoteDeleted, as a note deleted by itself is, so search drops it. Restoring the root brings back
 * the notes deleted with it (that same deleted_at), each announced by NoteSaved, as a saved note
 * is, so search indexes it again. A tree's deletion takes the notes of its sessions and instances;
 * notes about its activity definitions stay, as the definitions do.
 */
@ApplicationScoped
public class NoteCascade
        implements SessionDependents, InstanceDependents, ActivityDependents, TreeDependents {

    @Inject NoteRepository repository;

    @Inject Outbox outbox;

    @Override
    public Uni<Void> sessionDeleted(SqlClient tx, String ownerId, UUID sessionId) {
        return repository
                .softDeleteOfSession(tx, ownerId, sessionId)
                .chain(ids -> announceDeleted(tx, ownerId, ids));
    }

    @Override
    public Uni<Void> instanceDeleted(SqlClient tx, String ownerId, UUID instanceId) {
        return repository
                .softDeleteOfInstance(tx, ownerId, instanceId)
                .chain(ids -> announceDeleted(tx, ownerId, ids));
    }

    @Override
    public Uni<Void> activityDeleted(SqlClient tx, String ownerId, UUID activityId) {
        return repository
                .softDeleteOfActivity(tx, ownerId, activityId)
                .chain(ids -> announceDeleted(tx, ownerId, ids));
    }

    @Override
    public Uni<Void> treeDeleted(SqlClient tx, String ownerId, UUID rootId) {
        return repository
                .softDeleteOfTree(tx, ownerId, rootId)
                .chain(ids -> announceDeleted(tx, ownerId, ids));
    }

    @Override
    public Uni<Void> treeRestored(
            SqlClient tx, String ownerId, UUID rootId, OffsetDateTime deletedAt) {
        return repository
                .restoreOfTree(tx, ownerId, rootId, deletedAt)
                .chain(
                        notes ->
                                outbox.appendAll(
                                        tx,
                                        GoalsEvents.NOTE_SAVED,
                                        notes.stream().map(NoteService::savedEvent).toList()));
    }

    private Uni<Void> announceDeleted(SqlClient tx, String ownerId, List<UUID> ids) {
        return outbox.appendAll(
                tx,
                GoalsEvents.NOTE_DELETED,
                ids.stream().map(id -> new NoteDeleted(id, ownerId)).toList());
    }
}
