package dev.assistant.search.document;

import java.time.OffsetDateTime;
import java.util.Arrays;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which version of its source each event-derived document reflects, and which sources were deleted
 * when (source_tombstones), so an event that arrives late (after a newer change or after the
 * deletion) cannot regress or resurrect a document. A version is the producer's event time
 * (ce_time). A deletion wins a tie with a change; of two changes with the same time, the later
 * arrival wins.
 */
@ApplicationScoped
public class SourceVersionRepository {

    private static final String SUPERSEDED =
            """
            SELECT EXISTS (SELECT 1 FROM erased_owners WHERE owner_id = $1 AND erased_at >= $2)
                OR EXISTS (SELECT 1 FROM source_tombstones
                           WHERE owner_id = $1 AND deleted_version >= $2
                             AND ((source = $3 AND source_ref = $4) OR (source = $5 AND source_ref = $6)))
                OR EXISTS (SELECT 1 FROM documents WHERE id = $7 AND owner_id = $1 AND source_version > $2)""";

    // Not for an owner erased since: erased_owners already stops every older event, and an erased
    // user leaves nothing behind (not even the ids of what they deleted).
    private static final String RECORD_TOMBSTONE =
            """
            INSERT INTO source_tombstones (owner_id, source, source_ref, deleted_version)
            SELECT $1, $2, $3, $4
            WHERE NOT EXISTS (SELECT 1 FROM erased_owners WHERE owner_id = $1 AND erased_at >= $4)
            ON CONFLICT (owner_id, source, source_ref)
            DO UPDATE SET deleted_version = greatest(source_tombstones.deleted_version, EXCLUDED.deleted_version)""";

    @Inject Pool pool;

    /**
     * True when a change to {@code document} made at {@code version} must not be applied: its owner
     * erased the account since, it or its container was deleted since, or the document already
     * reflects a newer change. Run on the pool as a cheap pre-check (before embedding), and in the
     * effect's transaction, under the owner's lock, as the decision.
     */
    public Uni<Boolean> superseded(
            SqlClient client, SourceDocument document, OffsetDateTime version) {
        SourceRef container = document.container();
        return client.preparedQuery(SUPERSEDED)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        document.ownerId(),
                                        version,
                                        document.source(),
                                        document.sourceRef(),
                                        container == null ? null : container.source(),
                                        container == null ? null : container.ref(),
                                        document.documentId())))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    public Uni<Boolean> superseded(SourceDocument document, OffsetDateTime version) {
        return superseded(pool, document, version);
    }

    /** Remembers that the source was deleted at {@code version} (the newest deletion counts). */
    public Uni<Void> recordDeletion(
            SqlConnection tx, String ownerId, SourceRef source, OffsetDateTime version) {
        return tx.preparedQuery(RECORD_TOMBSTONE)
                .execute(Tuple.of(ownerId, source.source(), source.ref(), version))
                .replaceWithVoid();
    }

    /** The source exists again, newer than its deletion (a restored goal): its tombstone goes. */
    public Uni<Void> forgetDeletion(SqlConnection tx, String ownerId, SourceRef source) {
        return tx.preparedQuery(
                        "DELETE FROM source_tombstones WHERE owner_id = $1 AND source = $2 AND source_ref = $3")
                .execute(Tuple.of(ownerId, source.source(), source.ref()))
                .replaceWithVoid();
    }

    /** An erased owner's tombstones: erased_owners now stops every older event by itself. */
    public Uni<Void> forgetOwner(SqlConnection tx, String ownerId) {
        return tx.preparedQuery("DELETE FROM source_tombstones WHERE owner_id = $1")
                .execute(Tuple.of(ownerId))
                .replaceWithVoid();
    }

    /**
     * Forgets deletions older than {@code cutoff}, at most {@code batch} of them; returns how many.
     */
    public Uni<Integer> purgeDeletionsBefore(OffsetDateTime cutoff, int batch) {
        return pool.preparedQuery(
                        """
                        DELETE FROM source_tombstones WHERE ctid = ANY (ARRAY(
                            SELECT ctid FROM source_tombstones WHERE deleted_version < $1 LIMIT $2))""")
                .execute(Tuple.of(cutoff, batch))
                .map(rows -> rows.rowCount());
    }

    /**
     * Serializes every event effect on one owner's documents, across topics and replicas: the
     * checks above and the writes after them see each other, and an erasure cannot miss a document
     * being indexed beside it. Held until the transaction ends.
     */
    public Uni<Void> lockOwner(SqlConnection tx, String ownerId) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 7215))")
                .execute(Tuple.of("search.owner:" + ownerId))
                .replaceWithVoid();
    }
}
