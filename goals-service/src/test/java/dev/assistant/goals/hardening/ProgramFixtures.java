package dev.assistant.goals.hardening;

import dev.assistant.kit.testing.openapi.Fixtures;

import static io.restassured.RestAssured.given;

/**
 * The templates and programs side's fixtures for {@link GoalsApiContractTest}: a template, a
 * program covering the generated sample date (2026-01-01), blocks and a day, and the bodies whose
 * generated minimum would not name real resources.
 */
final class ProgramFixtures {

    private ProgramFixtures() {}

    static Fixtures add(String bearer, String root, Fixtures fixtures) {
        String template =
                created(
                        bearer,
                        "/api/goals/session-templates",
                        "{\"rootId\":\""
                                + root
                                + "\",\"name\":\"Long run\",\"templateData\":{\"sections\":[]}}");
        String program =
                created(
                        bearer,
                        "/api/goals/programs",
                        "{\"rootId\":\""
                                + root
                                + "\",\"name\":\"Marathon plan\","
                                + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\","
                                + "\"weeklySchedule\":{\"sunday\":[\""
                                + template
                                + "\"]}}");
        // Blocks are deleted before days (path order): the day lives in a block of its own.
        String block = block(bearer, program, "2026-02-01", "2026-02-28");
        String daysBlock = block(bearer, program, "2026-01-01", "2026-01-31");
        String day =
                created(
                        bearer,
                        "/api/goals/program-blocks/" + daysBlock + "/days",
                        "{\"date\":\"2026-01-05\",\"name\":\"Tempo\"}");
        return fixtures.id("session-templates", template)
                .id("programs", program)
                .id("program-blocks", block)
                .id("program-days", day)
                .body(
                        "POST /api/goals/session-templates",
                        "{\"rootId\":\""
                                + root
                                + "\",\"name\":\"Intervals\","
                                + "\"templateData\":{\"sections\":[{\"name\":\"Warm-up\"}]}}")
                .body(
                        "POST /api/goals/programs",
                        "{\"rootId\":\""
                                + root
                                + "\",\"name\":\"Base\","
                                + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-03-31\"}")
                .body("POST /api/goals/program-blocks/{id}/days", "{\"date\":\"2026-02-02\"}")
                .body(
                        "POST /api/goals/imports",
                        "{\"format\":\"assistant-suite/goals-tree\",\"version\":1,\"goals\":[{"
                                + "\"id\":\"6f1c2a52-8d1e-4c6b-9a43-0d2b7f1e9c11\","
                                + "\"level\":\"UltimateGoal\",\"title\":\"Imported\",\"sortOrder\":0,"
                                + "\"createdAt\":\"2026-01-01T00:00:00Z\","
                                + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}]}");
    }

    private static String block(String bearer, String program, String start, String end) {
        return created(
                bearer,
                "/api/goals/programs/" + program + "/blocks",
                "{\"name\":\"Block\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}");
    }

    private static String created(String bearer, String path, String json) {
        return given().header("Authorization", bearer)
                .contentType("application/json")
                .body(json)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
