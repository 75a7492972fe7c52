package dev.assistant.goals.program;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.goals.support.GoalsTestData;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProgramApiTest {

    private static final String PROGRAMS = "/api/goals/programs";
    private static final String BLOCKS = "/api/goals/program-blocks";
    private static final String DAYS = "/api/goals/program-days";

    @Inject Pool pool;

    /** A program of March 2026 (starts on a Monday) with two two-week blocks. */
    private record March(
            GoalsTestData data,
            String root,
            String t1,
            String t2,
            String program,
            String blockA,
            String blockB) {}

    private March march(String name) {
        GoalsTestData data = new GoalsTestData(pool);
        String root = data.root("Đàn violin");
        String t1 = data.template(root, "Scales");
        String t2 = data.template(root, "Études");
        String program =
                data.api()
                        .body(
                                Map.of(
                                        "rootId",
                                        root,
                                        "name",
                                        name,
                                        "startDate",
                                        "2026-03-02",
                                        "endDate",
                                        "2026-03-29",
                                        "weeklySchedule",
                                        Map.of(
                                                "monday",
                                                List.of(t1),
                                                "wednesday",
                                                List.of(t1, t2))))
                        .post(PROGRAMS)
                        .then()
                        .statusCode(201)
                        .body("active", equalTo(true))
                        .body("blocks", hasSize(0))
                        .body("weeklySchedule.wednesday", equalTo(List.of(t1, t2)))
                        .extract()
                        .path("id");
        String a = block(data, program, "Base", "2026-03-02", "2026-03-15");
        String b = block(data, program, "Build", "2026-03-16", "2026-03-29");
        return new March(data, root, t1, t2, program, a, b);
    }

    private static String block(
            GoalsTestData data, String program, String name, String start, String end) {
        return data.api()
                .body(Map.of("name", name, "startDate", start, "endDate", end, "color", "#3A86FF"))
                .post(PROGRAMS + "/" + program + "/blocks")
                .then()
                .statusCode(201)
                .body("programId", equalTo(program))
                .body("days", hasSize(0))
                .extract()
                .path("id");
    }

    @Test
    void expandsTheWeeklyScheduleOverEachBlockIdempotently() {
        March m = march("Spring plan");
        for (int run = 0; run < 2; run++) {
            m.data.api()
                    .post(PROGRAMS + "/" + m.program + "/schedule")
                    .then()
                    .statusCode(200)
                    .body("blocks.name", equalTo(List.of("Base", "Build")))
                    .body(
                            "blocks[0].days.date",
                            equalTo(
                                    List.of(
                                            "2026-03-02",
                                            "2026-03-04",
                                            "2026-03-09",
                                            "2026-03-11")))
                    .body(
                            "blocks[1].days.date",
                            equalTo(
                                    List.of(
                                            "2026-03-16",
                                            "2026-03-18",
                                            "2026-03-23",
                                            "2026-03-25")))
                    .body("blocks[0].days[1].templates.id", equalTo(List.of(m.t1, m.t2)))
                    .body("blocks[0].days[0].templates.name", equalTo(List.of("Scales")))
                    .body("blocks[0].days[0].completed", equalTo(false));
        }
        assertThat(
                        m.data.sql(
                                "SELECT count(*) FROM program_day_templates WHERE owner_id = $1",
                                m.data.user))
                .isEqualTo(12L);
    }

    @Test
    void aDayIsCompletedWhenEachTemplateHasACompletedLiveSession() {
        March m = march("Spring plan");
        String wednesday =
                m.data.api()
                        .post(PROGRAMS + "/" + m.program + "/schedule")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("blocks[0].days[1].id");
        OffsetDateTime morning = OffsetDateTime.parse("2026-03-04T07:00:00Z");
        m.data.session(m.root, m.t1, wednesday, true, morning, 1800);
        m.data.session(m.root, m.t2, wednesday, false, morning, 600);
        UUID deleted = m.data.session(m.root, m.t2, wednesday, true, morning, 600);
        m.data.sql("UPDATE sessions SET deleted_at = now() WHERE id = $1", deleted);
        m.data.api()
                .get(DAYS + "/" + wednesday)
                .then()
                .statusCode(200)
                .body("completed", equalTo(false))
                .body("completedAt", nullValue());
        m.data.session(m.root, m.t2, wednesday, true, morning.plusHours(2), 900);
        m.data.api()
                .get(DAYS + "/" + wednesday)
                .then()
                .statusCode(200)
                .body("completed", equalTo(true))
                .body("completedAt", equalTo("2026-03-04T09:00:00Z"));
        m.data.api()
                .get(PROGRAMS + "/" + m.program)
                .then()
                .body("blocks[0].days.completed", equalTo(List.of(false, true, false, false)));
    }

    @Test
    void daysCarryTemplatesAndCanBeCopiedEditedAndDeleted() {
        March m = march("Spring plan");
        String day =
                m.data.api()
                        .body(
                                Map.of(
                                        "date",
                                        "2026-03-06",
                                        "name",
                                        "Bài tập, phần 1",
                                        "notes",
                                        "Chậm; đều"))
                        .post(BLOCKS + "/" + m.blockA + "/days")
                        .then()
                        .statusCode(201)
                        .body("blockId", equalTo(m.blockA))
                        .body("date", equalTo("2026-03-06"))
                        .body("templates", hasSize(0))
                        .extract()
                        .path("id");
        m.data.api()
                .body(Map.of("templateIds", List.of(m.t2, m.t1)))
                .put(DAYS + "/" + day + "/templates")
                .then()
                .statusCode(200)
                .body("templates.name", equalTo(List.of("Études", "Scales")));
        String copy =
                m.data.api()
                        .body(Map.of("date", "2026-03-20"))
                        .post(DAYS + "/" + day + "/copy")
                        .then()
                        .statusCode(201)
                        .body("blockId", equalTo(m.blockB))
                        .body("name", equalTo("Bài tập, phần 1"))
                        .body("templates.id", equalTo(List.of(m.t2, m.t1)))
                        .extract()
                        .path("id");
        m.data.api()
                .body(Map.of("date", "2026-04-20"))
                .post(DAYS + "/" + day + "/copy")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("date"));
        m.data.api()
                .body(Map.of("notes", "Nhanh hơn"))
                .patch(DAYS + "/" + copy)
                .then()
                .statusCode(200)
                .body("notes", equalTo("Nhanh hơn"))
                .body("date", equalTo("2026-03-20"));
        m.data.api()
                .body(Map.of("date", "2026-03-21"))
                .patch(DAYS + "/" + day)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("date"));
        m.data.api().delete(DAYS + "/" + copy).then().statusCode(204);
        m.data.api().get(DAYS + "/" + copy).then().statusCode(404);
        m.data.api()
                .body(Map.of("dayNumber", 1, "name", "Any day"))
                .post(BLOCKS + "/" + m.blockB + "/days")
                .then()
                .statusCode(201)
                .body("date", nullValue())
                .body("dayNumber", equalTo(1));
        m.data.api()
                .body(Map.of("name", "Nowhere"))
                .post(BLOCKS + "/" + m.blockB + "/days")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("date"));
    }

    @Test
    void activeDaysAreTheDaysOnTheDateAndTheNumberedDaysOfItsBlock() {
        March m = march("Spring plan");
        m.data.api().post(PROGRAMS + "/" + m.program + "/schedule").then().statusCode(200);
        m.data.api()
                .body(Map.of("dayNumber", 1, "name", "Any day"))
                .post(BLOCKS + "/" + m.blockB + "/days")
                .then()
                .statusCode(201);
        m.data.api()
                .queryParam("date", "2026-03-18")
                .get(PROGRAMS + "/" + m.program + "/active-days")
                .then()
                .statusCode(200)
                .body("date", equalTo(Arrays.asList("2026-03-18", null)))
                .body("name", equalTo(Arrays.asList(null, "Any day")));
        m.data.api()
                .queryParam("date", "2026-03-04")
                .get(PROGRAMS + "/" + m.program + "/active-days")
                .then()
                .body("date", equalTo(List.of("2026-03-04")));
        m.data.api()
                .queryParam("date", "2026-05-01")
                .get(PROGRAMS + "/" + m.program + "/active-days")
                .then()
                .body("$", hasSize(0));
        m.data.api()
                .get(PROGRAMS + "/" + m.program + "/active-days")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("date"));
    }

    @Test
    void blockGoalsTakeTheBlocksEndDateAsDeadline() {
        March m = march("Spring plan");
        String goal = m.data.goal("Play Kreutzer 2", "ShortTermGoal", m.root);
        String otherTree = m.data.root("Piano");
        m.data.api()
                .body(Map.of("goalIds", List.of(goal)))
                .put(BLOCKS + "/" + m.blockA + "/goals")
                .then()
                .statusCode(200)
                .body("goalId", equalTo(List.of(goal)))
                .body("title", equalTo(List.of("Play Kreutzer 2")))
                .body("deadline", equalTo(List.of("2026-03-15")));
        m.data.api()
                .body(Map.of("goalIds", List.of(goal, otherTree)))
                .put(BLOCKS + "/" + m.blockA + "/goals")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("goalIds[1]"));
        m.data.api()
                .body(Map.of("endDate", "2026-03-14"))
                .patch(BLOCKS + "/" + m.blockA)
                .then()
                .statusCode(200)
                .body("goals.deadline", equalTo(List.of("2026-03-14")));
        m.data.api()
                .get(PROGRAMS + "/" + m.program)
                .then()
                .body("blocks[0].goals[0].deadline", equalTo("2026-03-14"));
    }

    @Test
    void validatesDatesScheduleAndReferencesNamingTheField() {
        March m = march("Spring plan");
        String othersRoot = new GoalsTestData(pool).root("Theirs");
        Map<String, Object> base =
                Map.of(
                        "rootId",
                        m.root,
                        "name",
                        "P",
                        "startDate",
                        "2026-03-02",
                        "endDate",
                        "2026-03-01");
        m.data.api()
                .body(base)
                .post(PROGRAMS)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("endDate"));
        m.data.api()
                .body(
                        Map.of(
                                "rootId",
                                othersRoot,
                                "name",
                                "P",
                                "startDate",
                                "2026-03-02",
                                "endDate",
                                "2026-03-03"))
                .post(PROGRAMS)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("rootId"));
        m.data.api()
                .body(Map.of("weeklySchedule", Map.of("funday", List.of(m.t1))))
                .patch(PROGRAMS + "/" + m.program)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("weeklySchedule.funday"));
        m.data.api()
                .body(
                        Map.of(
                                "weeklySchedule",
                                Map.of("friday", List.of(m.t1, UUID.randomUUID().toString()))))
                .patch(PROGRAMS + "/" + m.program)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("weeklySchedule.friday[1]"));
        m.data.api()
                .body(Map.of("name", "Block", "startDate", "2026-02-27", "endDate", "2026-03-03"))
                .post(PROGRAMS + "/" + m.program + "/blocks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("startDate"));
        m.data.api()
                .body(Map.of("name", "Block", "startDate", "2026-03-10", "endDate", "2026-03-03"))
                .post(PROGRAMS + "/" + m.program + "/blocks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("endDate"));
        m.data.api()
                .body(Map.of("endDate", "2026-03-20"))
                .patch(PROGRAMS + "/" + m.program)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("endDate"));
        m.data.api()
                .body(Map.of("templateIds", List.of(UUID.randomUUID().toString())))
                .put(DAYS + "/" + dayOf(m) + "/templates")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("templateIds[0]"));
        m.data.api()
                .body(Map.of("name", "Renamed", "active", false))
                .patch(PROGRAMS + "/" + m.program)
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("active", equalTo(false))
                .body("blocks", hasSize(2));
        m.data.api()
                .queryParam("rootId", m.root)
                .get(PROGRAMS)
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("Renamed")));
    }

    private String dayOf(March m) {
        return m.data.api()
                .body(Map.of("date", "2026-03-03"))
                .post(BLOCKS + "/" + m.blockA + "/days")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anotherUsersProgramBlocksAndDaysAreNotFound() {
        March m = march("Spring plan");
        String day = dayOf(m);
        GoalsTestData intruder = new GoalsTestData(pool);
        intruder.api().get(PROGRAMS + "/" + m.program).then().statusCode(404);
        intruder.api()
                .get(PROGRAMS + "/" + m.program + "/calendar.ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        intruder.api().post(PROGRAMS + "/" + m.program + "/schedule").then().statusCode(404);
        intruder.api()
                .body(Map.of("name", "x"))
                .patch(BLOCKS + "/" + m.blockA)
                .then()
                .statusCode(404);
        intruder.api().delete(BLOCKS + "/" + m.blockA).then().statusCode(404);
        intruder.api().get(DAYS + "/" + day).then().statusCode(404);
        intruder.api()
                .body(Map.of("date", "2026-03-05"))
                .post(DAYS + "/" + day + "/copy")
                .then()
                .statusCode(404);
        intruder.api().delete(DAYS + "/" + day).then().statusCode(404);
        intruder.api().delete(PROGRAMS + "/" + m.program).then().statusCode(404);
        intruder.api().get(PROGRAMS).then().body("$", hasSize(0));
        m.data.api().get(DAYS + "/" + day).then().statusCode(200);
        m.data.api().delete(PROGRAMS + "/" + m.program).then().statusCode(204);
        m.data.api().get(PROGRAMS + "/" + m.program).then().statusCode(404);
        m.data.api().get(DAYS + "/" + day).then().statusCode(404);
        m.data.api().delete(BLOCKS + "/" + m.blockA).then().statusCode(404);
    }

    @Test
    void servesTheScheduledDaysAsAFoldedEscapedICalendar() {
        String longName =
                "Kế hoạch luyện đàn mùa xuân 🎻; thang âm, hợp âm rải và những bài luyện ngón dài"
                        + " hơn bảy mươi lăm byte";
        March m = march(longName);
        m.data.api().post(PROGRAMS + "/" + m.program + "/schedule").then().statusCode(200);
        byte[] body =
                m.data.api()
                        .get(PROGRAMS + "/" + m.program + "/calendar.ics")
                        .then()
                        .statusCode(200)
                        .contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                        .extract()
                        .asByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT"))).hasSize(8);
        assertThat(lines).contains("DTSTART;VALUE=DATE:20260304", "DTEND;VALUE=DATE:20260305");
        String escaped = longName.replace(";", "\\;").replace(",", "\\,");
        assertThat(lines).contains("SUMMARY:" + escaped + ": Scales\\, Études");
        assertThat(lines.stream().filter(l -> l.startsWith("UID:")).distinct()).hasSize(8);
        assertThat(lines.stream().filter(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z"))).hasSize(8);
        assertThat(ics).contains("X-WR-CALNAME:");
    }
}
