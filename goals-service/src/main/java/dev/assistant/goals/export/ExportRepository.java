package dev.assistant.goals.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.assistant.kit.observability.TraceParent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A tree's rows out as one JSON document (one statement), and in again in one transaction (one bulk
 * INSERT ... SELECT per table, generated from {@link ExportTables}, then one INSERT ... SELECT per
 * event type into the outbox, from {@link ImportEvents}).
 */
@ApplicationScoped
public class ExportRepository {

    private static final String EXPORT = exportQuery();

    @Inject Pool pool;

    /** Null when the goal is not the owner's live goal; its tree's tables as JSON otherwise. */
    public Uni<String> export(String ownerId, UUID goalId) {
        return pool.preparedQuery(
                        "SELECT root_id FROM goals WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL")
                .execute(Tuple.of(ownerId, goalId))
                .chain(
                        rows ->
                                rows.size() == 0
                                        ? Uni.createFrom().nullItem()
                                        : pool.preparedQuery(EXPORT)
                                                .execute(
                                                        Tuple.of(
                                                                ownerId,
                                                                rows.iterator()
                                                                        .next()
                                                                        .getUUID("root_id")))
                                                .map(r -> r.iterator().next().getString(0)));
    }

    /**
     * Inserts each table's rows (JSON arrays keyed by SQL column, ids already new), in table order,
     * all in one transaction; returns the number of rows per table.
     */
    public Uni<Map<String, Integer>> insert(
            String ownerId, UUID rootId, Map<String, String> rowsByTable) {
        String traceParent = TraceParent.current();
        return pool.withTransaction(
                tx -> {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (ExportTables.Table table : ExportTables.ALL) {
                        String json = rowsByTable.get(table.key());
                        chain =
                                chain.chain(
                                        () ->
                                                insert(tx, table, ownerId, rootId, json)
                                                        .invoke(n -> counts.put(table.key(), n))
                                                        .replaceWithVoid());
                    }
                    return chain.chain(() -> announce(tx, ownerId, rootId, traceParent))
                            .replaceWith(counts);
                });
    }

    /** The imported rows' events ({@link ImportEvents}), one statement per event type. */
    private static Uni<Void> announce(
            SqlConnection tx, String ownerId, UUID rootId, String traceParent) {
        Tuple params = Tuple.of(ownerId, rootId).addString(traceParent);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String statement : ImportEvents.STATEMENTS) {
            chain =
                    chain.chain(
                            () -> tx.preparedQuery(statement).execute(params).replaceWithVoid());
        }
        return chain;
    }

    private static Uni<Integer> insert(
            SqlConnection tx, ExportTables.Table table, String ownerId, UUID rootId, String json) {
        String columns =
                table.columns().stream()
                        .map(ExportTables.Column::sql)
                        .collect(Collectors.joining(", "));
        String selected =
                table.columns().stream().map(c -> "x." + c.sql()).collect(Collectors.joining(", "));
        String types =
                table.columns().stream()
                        .map(c -> c.sql() + " " + c.type())
                        .collect(Collectors.joining(", "));
        String keyColumns = table.keyed() ? "id, " : "";
        String keyTypes = table.keyed() ? "id uuid, " : "";
        String keySelected = table.keyed() ? "x.id, " : "";
        String jsonParam = table.rooted() ? "$3" : "$2";
        String sql =
                "INSERT INTO "
                        + table.sql()
                        + " (owner_id, "
                        + (table.rooted() ? "root_id, " : "")
                        + keyColumns
                        + columns
                        + ") SELECT $1, "
                        + (table.rooted() ? "$2::uuid, " : "")
                        + keySelected
                        + selected
                        // ::text first: a String bound to a json parameter would be a JSON string.
                        + " FROM json_to_recordset("
                        + jsonParam
                        + "::text::json) AS x("
                        + keyTypes
                        + types
                        + ")";
        Tuple params = table.rooted() ? Tuple.of(ownerId, rootId, json) : Tuple.of(ownerId, json);
        return tx.preparedQuery(sql).execute(params).map(rows -> rows.rowCount());
    }

    /** SELECT json_build_object('<table key>', [rows as camelCase objects], ...) for one tree. */
    private static String exportQuery() {
        return "SELECT json_build_object("
                + ExportTables.ALL.stream()
                        .map(table -> "'" + table.key() + "', " + rowsOf(table))
                        .collect(Collectors.joining(", "))
                + ")::text";
    }

    private static String rowsOf(ExportTables.Table table) {
        List<ExportTables.Column> columns = table.columns();
        String fields =
                (table.keyed() ? "'id', t.id, " : "")
                        + columns.stream()
                                .map(c -> "'" + c.json() + "', t." + c.sql())
                                .collect(Collectors.joining(", "));
        String order =
                table.keyed()
                        ? "t.created_at, t.id"
                        : "t." + columns.get(0).sql() + ", t." + columns.get(1).sql();
        return "(SELECT coalesce(json_agg(json_build_object("
                + fields
                + ") ORDER BY "
                + order
                + "), '[]'::json) FROM "
                + table.sql()
                + " t WHERE "
                + table.scope()
                + ")";
    }
}
