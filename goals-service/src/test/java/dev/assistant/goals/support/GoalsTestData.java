package dev.assistant.goals.support;

import java.util.Arrays;
import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import static io.restassured.RestAssured.given;

/**
 * One test user and the rows their tests need: goals through the API, and rows of tables whose
 * endpoints other features own (activities, sessions, instances, metric values, notes) with SQL.
 */
public final class GoalsTestData {

    public final String user = "user-" + UUID.randomUUID();
    private final Pool pool;

    public GoalsTestData(Pool pool) {
        this.pool = pool;
    }

    public RequestSpecification api() {
        return given().header("Authorization", TestTokens.bearer(user))
                .contentType(ContentType.JSON);
    }

    public String root(String title) {
        return goal(title, "UltimateGoal", null);
    }

    public String goal(String title, String level, String parentId) {
        String parent = parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"";
        return api().body("{\"title\":\"" + title + "\",\"level\":\"" + level + "\"" + parent + "}")
                .post("/api/goals/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Runs one statement as the test's database user and returns the first column's first value.
     */
    public Object sql(String statement, Object... params) {
        var rows =
                pool.preparedQuery(statement)
                        .execute(Tuple.from(Arrays.asList(params)))
                        .await()
                        .indefinitely();
        var iterator = rows.iterator();
        return iterator.hasNext() && rows.columnsNames().size() > 0
                ? iterator.next().getValue(0)
                : null;
    }

    public UUID activity(String rootId, String name) {
        UUID id = UUID.randomUUID();
        sql(
                "INSERT INTO activity_definitions (id, owner_id, root_id, name) VALUES ($1, $2, $3, $4)",
                id,
                user,
                UUID.fromString(rootId),
                name);
        return id;
    }

    public UUID metric(UUID activityId, String name, String unit, boolean topSet) {
        UUID id = UUID.randomUUID();
        sql(
                "INSERT INTO metric_definitions (id, owner_id, activity_id, name, unit, is_top_set_metric)"
                        + " VALUES ($1, $2, $3, $4, $5, $6)",
                id,
                user,
                activityId,
                name,
                unit,
                topSet);
        return id;
    }

    /** A template through the API (no activities). */
    public String template(String rootId, String name) {
        return api().body(
                        java.util.Map.of(
                                "rootId",
                                rootId,
                                "name",
                                name,
                                "templateData",
                                java.util.Map.of("sections", java.util.List.of())))
                .post("/api/goals/session-templates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A session row (the sessions API belongs to another feature). */
    public UUID session(
            String rootId,
            String templateId,
            String programDayId,
            boolean completed,
            java.time.OffsetDateTime start,
            Integer durationSeconds) {
        UUID id = UUID.randomUUID();
        sql(
                "INSERT INTO sessions (id, owner_id, root_id, name, template_id, program_day_id,"
                        + " completed, completed_at, session_start, total_duration_seconds)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                id,
                user,
                UUID.fromString(rootId),
                "Session",
                templateId == null ? null : UUID.fromString(templateId),
                programDayId == null ? null : UUID.fromString(programDayId),
                completed,
                completed ? start : null,
                start,
                durationSeconds);
        return id;
    }

    /** An activity instance row, recorded at {@code at}. */
    public UUID instance(
            String rootId, UUID sessionId, UUID activityId, java.time.OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        sql(
                "INSERT INTO activity_instances (id, owner_id, root_id, session_id,"
                        + " activity_definition_id, created_at, time_start) VALUES ($1, $2, $3, $4, $5, $6, $6)",
                id,
                user,
                UUID.fromString(rootId),
                sessionId,
                activityId,
                at);
        return id;
    }

    public void value(UUID instanceId, UUID metricId, Integer setIndex, double value) {
        sql(
                "INSERT INTO metric_values (id, owner_id, activity_instance_id, metric_definition_id,"
                        + " set_index, value) VALUES ($1, $2, $3, $4, $5, $6)",
                UUID.randomUUID(),
                user,
                instanceId,
                metricId,
                setIndex,
                value);
    }

    public UUID note(String rootId, UUID sessionId, String content) {
        UUID id = UUID.randomUUID();
        sql(
                "INSERT INTO notes (id, owner_id, root_id, context_type, session_id, content)"
                        + " VALUES ($1, $2, $3, 'session', $4, $5)",
                id,
                user,
                UUID.fromString(rootId),
                sessionId,
                content);
        return id;
    }
}
