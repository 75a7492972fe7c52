package dev.assistant.goals.program;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.assistant.goals.support.GoalsTestData;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program day's sessions are found through an index (V13), not by reading every session: the
 * day's completion looks them up by (program_day_id, template_id), and deleting a day runs the
 * foreign key's ON DELETE SET NULL, which looks them up by program_day_id.
 */
@QuarkusTest
class ProgramDaySessionsIndexTest {

    @Inject Pool pool;

    @Test
    void theIndexIsValid() {
        var rows =
                pool.query(
                                "SELECT i.indisvalid FROM pg_index i"
                                        + " WHERE i.indexrelid = 'sessions_program_day_idx'::regclass")
                        .execute()
                        .await()
                        .indefinitely();
        assertThat(rows.iterator().next().getBoolean(0)).isTrue();
    }

    @Test
    void theForeignKeysLookupUsesIt() {
        assertThat(plan("SELECT id FROM sessions WHERE program_day_id = $1", UUID.randomUUID()))
                .anySatisfy(line -> assertThat(line).contains("sessions_program_day_idx"))
                .anySatisfy(line -> assertThat(line).contains("Index Cond: (program_day_id = "));
    }

    @Test
    void theDaysCompletionLookupUsesItForAnOwnerWithManySessions() {
        // 5,000 sessions of one owner, none on a program day, with fresh statistics: the owner's
        // indexes would read them all, the day's index reads the day's few.
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Many sessions");
        data.sql(
                "INSERT INTO sessions (id, owner_id, root_id, name)"
                        + " SELECT gen_random_uuid(), $1, $2, 'Session ' || g FROM generate_series(1, 5000) g",
                data.user,
                UUID.fromString(root));
        pool.query("ANALYZE sessions").execute().await().indefinitely();
        assertThat(
                        plan(
                                "SELECT min(coalesce(x.completed_at, x.updated_at)) FROM sessions x"
                                        + " WHERE x.owner_id = $1 AND x.program_day_id = $2"
                                        + " AND x.template_id = $3 AND x.completed AND x.deleted_at IS NULL",
                                data.user,
                                UUID.randomUUID(),
                                UUID.randomUUID()))
                .anySatisfy(line -> assertThat(line).contains("sessions_program_day_idx"))
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains("program_day_id = ")
                                        .contains("template_id = "));
    }

    /**
     * The plan with sequential scans priced out, so an index that can serve the query is used: a
     * small test table would otherwise be read whole whatever its indexes.
     */
    private List<String> plan(String query, Object... params) {
        return pool.withTransaction(
                        tx ->
                                tx.query("SET LOCAL enable_seqscan = off")
                                        .execute()
                                        .chain(
                                                () ->
                                                        tx.preparedQuery("EXPLAIN " + query)
                                                                .execute(Tuple.from(params))))
                .map(
                        rows -> {
                            List<String> lines = new ArrayList<>();
                            rows.forEach(row -> lines.add(row.getString(0)));
                            return lines;
                        })
                .await()
                .indefinitely();
    }
}
