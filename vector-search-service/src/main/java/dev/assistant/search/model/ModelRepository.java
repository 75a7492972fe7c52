package dev.assistant.search.model;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * embedding_models: which model is active, which is being built, which are retiring. A change of
 * the live set (a switch starting, completing or being abandoned) locks the live rows FOR UPDATE; a
 * writer of vectors locks them FOR SHARE in its own transaction ({@link #lockLive}), so it commits
 * either before the change (and the change sees its vectors) or after it (and sees the new set).
 */
@ApplicationScoped
public class ModelRepository {

    private static final String LIVE =
            "SELECT model, state FROM embedding_models WHERE state IN ('active', 'building')";

    private static final String START_BUILDING =
            """
            INSERT INTO embedding_models (model, state) VALUES ($1, 'building')
            ON CONFLICT (model) DO UPDATE SET state = 'building', reembed_cursor = 0, chunks_embedded = 0,
                chunks_total = NULL, started_at = now(), activated_at = NULL, retired_at = NULL,
                dropped_at = NULL, updated_at = now()""";

    private static final String ABANDON_BUILDING =
            "UPDATE embedding_models SET state = 'retiring', retired_at = now(), updated_at = now()"
                    + " WHERE state = 'building'";

    private static final String ANY_CHUNK_MISSING =
            "SELECT EXISTS (SELECT 1 FROM chunks c WHERE NOT EXISTS"
                    + " (SELECT 1 FROM chunk_vectors v WHERE v.model = $1 AND v.chunk_id = c.id))";

    @Inject Pool pool;

    public Uni<ModelSet> live() {
        return pool.query(LIVE).execute().map(ModelRepository::set);
    }

    /** The live set, locked until {@code tx} ends: no switch starts or completes meanwhile. */
    public Uni<ModelSet> lockLive(SqlConnection tx) {
        return tx.query(LIVE + " FOR SHARE").execute().map(ModelRepository::set);
    }

    public Uni<List<ModelRow>> all() {
        return pool.query(
                        "SELECT "
                                + ModelRow.COLUMNS
                                + " FROM embedding_models ORDER BY started_at, model")
                .execute()
                .map(
                        rows -> {
                            List<ModelRow> list = new ArrayList<>(rows.size());
                            rows.forEach(row -> list.add(ModelRow.of(row)));
                            return list;
                        });
    }

    /**
     * Makes {@code version} the target: nothing to do when it is active (a build of another model
     * is abandoned) or already building; otherwise it starts building, replacing any other build.
     */
    public Uni<Void> target(String version) {
        return pool.withTransaction(
                tx ->
                        tx.query(LIVE + " FOR UPDATE")
                                .execute()
                                .map(ModelRepository::set)
                                .chain(
                                        set -> {
                                            if (version.equals(set.building())) {
                                                return Uni.createFrom().voidItem();
                                            }
                                            Uni<Void> abandon =
                                                    set.building() == null
                                                            ? Uni.createFrom().voidItem()
                                                            : tx.query(ABANDON_BUILDING)
                                                                    .execute()
                                                                    .replaceWithVoid();
                                            return version.equals(set.active())
                                                    ? abandon
                                                    : abandon.chain(
                                                            () ->
                                                                    tx.preparedQuery(START_BUILDING)
                                                                            .execute(
                                                                                    Tuple.of(
                                                                                            version))
                                                                            .replaceWithVoid());
                                        }));
    }

    /**
     * The switch: makes the building {@code version} active and the active one retiring, in one
     * transaction, only if every chunk has a vector of it; false when some chunk still lacks one
     * (or it is no longer the model being built).
     */
    public Uni<Boolean> activate(String version) {
        return pool.withTransaction(
                tx ->
                        tx.query(LIVE + " FOR UPDATE")
                                .execute()
                                .map(ModelRepository::set)
                                .chain(
                                        set ->
                                                version.equals(set.building())
                                                        ? activateComplete(tx, version)
                                                        : Uni.createFrom().item(false)));
    }

    private Uni<Boolean> activateComplete(SqlConnection tx, String version) {
        return tx.preparedQuery(ANY_CHUNK_MISSING)
                .execute(Tuple.of(version))
                .chain(
                        rows ->
                                rows.iterator().next().getBoolean(0)
                                        ? Uni.createFrom().item(false)
                                        : tx.query(
                                                        "UPDATE embedding_models SET state = 'retiring', retired_at = now(),"
                                                                + " updated_at = now() WHERE state = 'active'")
                                                .execute()
                                                .chain(
                                                        () ->
                                                                tx.preparedQuery(
                                                                                "UPDATE embedding_models SET state = 'active', activated_at = now(),"
                                                                                        + " chunks_total = (SELECT count(*) FROM chunks), updated_at = now()"
                                                                                        + " WHERE model = $1")
                                                                        .execute(Tuple.of(version)))
                                                .replaceWith(true));
    }

    /** True when some chunk has no vector of {@code version}. */
    public Uni<Boolean> anyChunkMissing(String version) {
        return pool.preparedQuery(ANY_CHUNK_MISSING)
                .execute(Tuple.of(version))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Retiring models whose retirement is older than {@code graceSeconds}. */
    public Uni<List<String>> retiringSince(long graceSeconds) {
        return pool.preparedQuery(
                        "SELECT model FROM embedding_models WHERE state = 'retiring'"
                                + " AND retired_at < now() - $1::bigint * interval '1 second'"
                                + " ORDER BY retired_at")
                .execute(Tuple.of(graceSeconds))
                .map(
                        rows -> {
                            List<String> models = new ArrayList<>(rows.size());
                            rows.forEach(row -> models.add(row.getString("model")));
                            return models;
                        });
    }

    /** Retired, when none of its vectors is left. */
    public Uni<Void> markRetired(String version) {
        return pool.preparedQuery(
                        "UPDATE embedding_models SET state = 'retired', dropped_at = now(), updated_at = now()"
                                + " WHERE model = $1 AND state = 'retiring'"
                                + " AND NOT EXISTS (SELECT 1 FROM chunk_vectors WHERE model = $1)")
                .execute(Tuple.of(version))
                .replaceWithVoid();
    }

    private static ModelSet set(RowSet<Row> rows) {
        String active = null;
        String building = null;
        for (Row row : rows) {
            if ("active".equals(row.getString("state"))) {
                active = row.getString("model");
            } else {
                building = row.getString("model");
            }
        }
        return new ModelSet(active, building);
    }
}
