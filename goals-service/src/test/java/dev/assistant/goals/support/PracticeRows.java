package dev.assistant.goals.support;

import java.util.UUID;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Rows another part of goals-service owns (templates, programs), written straight into the test
 * database so the practice tests do not depend on those endpoints.
 */
public final class PracticeRows {

    private PracticeRows() {}

    public static String template(Pool pool, String ownerId, String rootId, JsonObject data) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery(
                        "INSERT INTO session_templates (id, owner_id, root_id, name, template_data)"
                                + " VALUES ($1, $2, $3, 'Template', $4)")
                .execute(Tuple.of(id, ownerId, UUID.fromString(rootId), data))
                .await()
                .indefinitely();
        return id.toString();
    }

    /** A program of the tree with one block and one day; returns the day's id. */
    public static String programDay(Pool pool, String ownerId, String rootId) {
        UUID program = UUID.randomUUID();
        UUID block = UUID.randomUUID();
        UUID day = UUID.randomUUID();
        pool.preparedQuery(
                        "INSERT INTO programs (id, owner_id, root_id, name, start_date, end_date)"
                                + " VALUES ($1, $2, $3, 'Program', current_date, current_date + 28)")
                .execute(Tuple.of(program, ownerId, UUID.fromString(rootId)))
                .await()
                .indefinitely();
        pool.preparedQuery(
                        "INSERT INTO program_blocks (id, owner_id, program_id, name) VALUES ($1, $2, $3, 'Block')")
                .execute(Tuple.of(block, ownerId, program))
                .await()
                .indefinitely();
        pool.preparedQuery(
                        "INSERT INTO program_days (id, owner_id, block_id, day_date) VALUES ($1, $2, $3, current_date)")
                .execute(Tuple.of(day, ownerId, block))
                .await()
                .indefinitely();
        return day.toString();
    }
}
