package dev.assistant.migration.importer.goals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.assistant.events.EventCatalog;
import dev.assistant.events.EventJson;
import dev.assistant.events.EventType;
import dev.assistant.events.goals.GoalsEvents;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.importer.LegacyIds;
import dev.assistant.migration.importer.LegacyJson;
import dev.assistant.migration.importer.Quarantine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import goals} against the real PostgreSQL (goals-service's own migrations) on a small
 * SQLite file per legacy generation, built here, each with the facts the import must respect. Every
 * test imports into a fresh owner.
 */
class GoalsImportTest {

    @TempDir Path temp;

    private final String owner = "user-" + UUID.randomUUID();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeAll
    static void schema() {
        GoalsDatabase.fresh();
    }

    @AfterAll
    static void dropSchema() {
        GoalsDatabase.drop();
    }

    private GoalsImportReport importFile(Path db) throws SQLException {
        return importFile(db, SourceTime.UTC);
    }

    private GoalsImportReport importFile(Path db, SourceTime time) throws SQLException {
        return new GoalsImporter(SETTINGS, "goals", new PrintStream(progress, true))
                .run(db, owner, time, temp.resolve("quarantine"), false);
    }

    @Test
    void detectsEachGenerationFromTheFileItself() throws Exception {
        assertThat(generation(LegacyGoalsFiles.v1(temp))).isEqualTo(Generation.V1);
        assertThat(generation(LegacyGoalsFiles.v2(temp))).isEqualTo(Generation.V2);
        assertThat(generation(LegacyGoalsFiles.v3(temp))).isEqualTo(Generation.V3);
        assertThat(generation(LegacyGoalsFiles.v4(temp))).isEqualTo(Generation.V4);
    }

    @Test
    void v1RecoversOrphansKeepsDeletedMetricsValuesAndQuarantinesWithReasons() throws Exception {
        GoalsImportReport report = importFile(LegacyGoalsFiles.v1(temp));

        assertThat(report.generation()).isEqualTo("V1");
        assertEveryRowAccountedFor(report);
        assertThat(report.sources().get("goals"))
                .isEqualTo(new GoalsImportReport.SourceCounts(5, 4, 0, 1, 0));
        assertThat(report.sources().get("metric_values"))
                .isEqualTo(new GoalsImportReport.SourceCounts(5, 3, 0, 2, 0));
        assertThat(report.sources().get("practice_sessions"))
                .isEqualTo(new GoalsImportReport.SourceCounts(2, 2, 0, 0, 1));
        assertThat(report.quarantined())
                .extracting(Quarantine.Entry::reason)
                .anySatisfy(r -> assertThat(r).isEqualTo("unknown goal type 'Wizard'"))
                .anySatisfy(
                        r -> assertThat(r).isEqualTo("activity instance i-gone is not in the file"))
                .anySatisfy(r -> assertThat(r).isEqualTo("value 'fast' is not a number"))
                .anySatisfy(r -> assertThat(r).isEqualTo("goal nope is not in the file"))
                .anySatisfy(r -> assertThat(r).startsWith("session_data is not valid JSON"));
        assertThat(Files.readString(temp.resolve("quarantine/REPORT.json"))).contains("Wizard");

        // A goal whose parent is gone hangs under an explicit recovered node.
        assertThat(
                        text(
                                "SELECT p.title || '|' || p.level || '|' || (p.root_id = p.id) FROM goals.goals g JOIN goals.goals p ON p.id = g.parent_id"
                                        + " WHERE g.owner_id = ? AND g.legacy_id = 'lost'"))
                .isEqualTo("Recovered goal missing-|UltimateGoal|true");
        assertThat(report.recovered())
                .anySatisfy(
                        r -> assertThat(r).contains("parent missing-parent is not in the file"));
        // Values of hard-deleted metrics are kept under recovered definitions on the instance's
        // activity.
        assertThat(
                        text(
                                "SELECT string_agg(d.name || ':' || v.value || ':' || a.name, ',' ORDER BY v.value) FROM goals.metric_values v"
                                        + " JOIN goals.metric_definitions d ON d.id = v.metric_definition_id JOIN goals.activity_definitions a ON a.id = d.activity_id"
                                        + " WHERE v.owner_id = ? AND d.recovered"))
                .isEqualTo(
                        "Recovered metric m-gone:5:Double Down,Recovered metric m-gone-2:7.5:Recovered activity act-dele");
        // An instance whose session is gone is kept, without a session, in its activity's tree.
        assertThat(
                        text(
                                "SELECT (session_id IS NULL) || '|' || (root_id = "
                                        + id("goals", "root")
                                        + ") FROM goals.activity_instances WHERE owner_id = ? AND legacy_id = 'i3'"))
                .isEqualTo("true|true");
        // The goal's targets JSON becomes a target with thresholds on the (recovered) metrics.
        assertThat(
                        text(
                                "SELECT name || '|' || jsonb_array_length(thresholds) || '|' || (thresholds->0->>'metricId') || '|' || (thresholds->0->>'min')"
                                        + " FROM goals.goal_targets WHERE owner_id = ? AND legacy_id = 't1'"))
                .isEqualTo(
                        "Full song|2|"
                                + LegacyIds.goals(owner, "metric_definitions", "m-bpm")
                                + "|90.0");
        assertThat(
                        text(
                                "SELECT deadline || '|' || completed_at || '|' || title FROM goals.goals WHERE owner_id = ? AND legacy_id = 'st'"))
                .isEqualTo("2025-02-01|2025-01-01 10:02:00+00|Play Double Down");
        assertThat(
                        text(
                                "SELECT attributes::text FROM goals.sessions WHERE owner_id = ? AND legacy_id = 's2'"))
                .isEqualTo("{}");
        assertThat(
                        text(
                                "SELECT id::text FROM goals.goals WHERE owner_id = ? AND legacy_id = 'root'"))
                .isEqualTo(LegacyIds.goals(owner, "goals", "root").toString());
        assertThat(progress.toString()).contains("[import goals]").contains("rows/s");
    }

    @Test
    void v2ComputesNullRootsAttachesParentlessGoalsAndTurnsPracticeSessionRowsIntoSessions()
            throws Exception {
        GoalsImportReport report = importFile(LegacyGoalsFiles.v2(temp));

        assertThat(report.generation()).isEqualTo("V2");
        assertEveryRowAccountedFor(report);
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.goals WHERE owner_id = ? AND legacy_id IN ('lt', 'st', 'mt2') AND root_id = "
                                        + id("goals", "root")))
                .isEqualTo(3);
        assertThat(
                        text(
                                "SELECT parent_id::text FROM goals.goals WHERE owner_id = ? AND legacy_id = 'mt2'"))
                .isEqualTo(LegacyIds.goals(owner, "goals", "root").toString());
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.goals WHERE owner_id = ? AND level NOT IN ('UltimateGoal') AND parent_id IS NULL"))
                .isZero();
        assertThat(report.sources().get("goals (PracticeSession)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(2, 2, 0, 0, 0));
        // A session's parent goal becomes its short-term goal link; a root pointing at itself names
        // no tree.
        assertThat(
                        text(
                                "SELECT g.legacy_id || '|' || sg.goal_type FROM goals.session_goals sg JOIN goals.goals g ON g.id = sg.goal_id"
                                        + " JOIN goals.sessions s ON s.id = sg.session_id WHERE s.owner_id = ? AND s.legacy_id = 's1'"))
                .isEqualTo("st|short_term");
        assertThat(
                        text(
                                "SELECT r.title FROM goals.sessions s JOIN goals.goals r ON r.id = s.root_id WHERE s.owner_id = ? AND s.legacy_id = 's3'"))
                .isEqualTo("Recovered (no tree)");
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.outbox WHERE owner_id = ? AND event_type = 'dev.assistant.goals.session.completed.v1'"))
                .isEqualTo(1);
    }

    @Test
    void v3DriftedCopyReadsSetValuesFromJsonKeepsSoftDeletesAndFlagsTimes() throws Exception {
        GoalsImportReport report = importFile(LegacyGoalsFiles.v3(temp));

        assertThat(report.generation()).isEqualTo("V3");
        assertThat(report.drift())
                .contains(
                        "activity_definitions.has_splits missing",
                        "activity_definitions.group_id missing",
                        "metric_values.split_definition_id missing");
        assertEveryRowAccountedFor(report);
        assertThat(
                        text(
                                "SELECT string_agg(coalesce(d.name, '?') || '@' || v.set_index || '=' || v.value, ',' ORDER BY v.set_index, v.value)"
                                        + " FROM goals.metric_values v JOIN goals.metric_definitions d ON d.id = v.metric_definition_id"
                                        + " JOIN goals.activity_instances i ON i.id = v.activity_instance_id WHERE v.owner_id = ? AND i.legacy_id = 'ai1'"))
                .isEqualTo("Reps@0=8,Recovered metric weight-g@0=20,Reps@1=10");
        // Invalid JSON: quarantined with its reason, the instance itself imported (with its value
        // row).
        assertThat(report.quarantined())
                .anySatisfy(q -> assertThat(q.record()).isEqualTo("/activity_instances/ai2/data"))
                .anySatisfy(
                        q -> assertThat(q.reason()).isEqualTo("block b-gone is not in the file"));
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.metric_values v JOIN goals.activity_instances i ON i.id = v.activity_instance_id WHERE v.owner_id = ? AND i.legacy_id = 'ai2'"))
                .isEqualTo(1);
        // A root whose root_id is itself is a root; a soft-deleted goal stays soft-deleted.
        assertThat(
                        text(
                                "SELECT (parent_id IS NULL) || '|' || (root_id = id) FROM goals.goals WHERE owner_id = ? AND legacy_id = 'r3'"))
                .isEqualTo("true|true");
        assertThat(
                        text(
                                "SELECT deleted_at::text FROM goals.goals WHERE owner_id = ? AND legacy_id = 'c1'"))
                .isEqualTo("2025-03-01 09:30:00+00");
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.outbox WHERE owner_id = ? AND event_type = 'dev.assistant.goals.goal.deleted.v1'"))
                .isEqualTo(1);
        assertThat(report.timeFlags())
                .anySatisfy(
                        f ->
                                assertThat(f.legacyId() + " " + f.problem())
                                        .startsWith("ai1 time_stop")
                                        .contains("imported without a stop"));
        assertThat(
                        text(
                                "SELECT (time_stop IS NULL) || '|' || time_start FROM goals.activity_instances WHERE owner_id = ? AND legacy_id = 'ai1'"))
                .isEqualTo("true|2025-03-02 10:10:00+00");
        // Programs: the block's goals, the scheduled session as the day's template.
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.program_block_goals l JOIN goals.program_blocks b ON b.id = l.block_id"
                                        + " WHERE l.owner_id = ? AND b.legacy_id = 'b1'"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.program_day_templates t JOIN goals.program_days d ON d.id = t.program_day_id"
                                        + " WHERE t.owner_id = ? AND d.legacy_id = 'd1'"))
                .isEqualTo(1);
        assertThat(
                        text(
                                "SELECT attributes::text || '|' || session_end FROM goals.sessions WHERE owner_id = ? AND legacy_id = 'ps'"))
                .isEqualTo("{\"a\": 1}|2025-03-02 11:00:00+00");
    }

    @Test
    void v3BlockListsWeeklySchedulesAndGoalIdsBecomeBlocksDaysAndLinks() throws Exception {
        GoalsImportReport report = importFile(LegacyGoalsFiles.v3(temp));
        assertEveryRowAccountedFor(report);

        // A program's weekly schedule names templates by their new ids; a key that is no day and
        // a template the file lacks are quarantined, the day's list kept (empty).
        assertThat(
                        text(
                                "SELECT (weekly_schedule->'monday'->>0) || '|' || (weekly_schedule->'friday')::text"
                                        + " || '|' || (weekly_schedule->'someday' IS NULL) FROM goals.programs WHERE owner_id = ? AND legacy_id = 'prog'"))
                .isEqualTo(uuid("session_templates", "tpl3") + "|[]|true");
        assertThat(report.sources().get("weekly schedules (templates)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(6, 3, 0, 3, 0));
        assertThat(report.quarantined())
                .anySatisfy(
                        q -> {
                            assertThat(q.record())
                                    .isEqualTo("/programs/prog/weekly_schedule/someday/0");
                            assertThat(q.reason())
                                    .isEqualTo("'someday' is not a weekday (or daily)");
                        })
                .anySatisfy(
                        q -> {
                            assertThat(q.record())
                                    .isEqualTo(
                                            "/programs/prog2/weekly_schedule/1/weeklySchedule/daily/0");
                            assertThat(q.reason())
                                    .isEqualTo("session template tpl-gone is not in the file");
                        });

        // The block list: b2 and its day d2 are also in the tables (merged), jb and jd1 only in
        // the JSON (new rows), a non-object is quarantined.
        assertThat(report.sources().get("programs.weekly_schedule (blocks)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(3, 1, 1, 1, 0));
        assertThat(report.sources().get("programs.weekly_schedule (days)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(2, 1, 1, 0, 0));
        assertThat(
                        text(
                                "SELECT b.name || '|' || b.start_date || '|' || b.end_date || '|' || b.color || '|' || b.sort_order"
                                        + " || '|' || p.legacy_id FROM goals.program_blocks b JOIN goals.programs p ON p.id = b.program_id"
                                        + " WHERE b.owner_id = ? AND b.legacy_id = 'jb'"))
                .isEqualTo("Peak|2025-04-14|2025-05-04|#0000ff|1|prog2");
        assertThat(
                        text(
                                "SELECT d.day_number || '|' || d.name || '|' || d.notes || '|' || d.is_completed || '|' || b.legacy_id"
                                        + " FROM goals.program_days d JOIN goals.program_blocks b ON b.id = d.block_id"
                                        + " WHERE d.owner_id = ? AND d.legacy_id = 'jd1'"))
                .isEqualTo("1|Test day|max reps|true|jb");
        assertThat(report.warnings())
                .anySatisfy(
                        w ->
                                assertThat(w)
                                        .startsWith("programs prog2 day jd1: completed_sessions"));
        // Days' templates: d2's and jd1's tpl3 linked, jd1's tpl-gone quarantined.
        assertThat(report.sources().get("programs.weekly_schedule (day templates)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(3, 2, 0, 1, 0));
        // Each block's weekly schedule as dated days within block and program: Monday 7 April
        // in b2; the Wednesdays of jb up to the program's end (16, 23, 30 April), each with tpl3.
        assertThat(
                        text(
                                "SELECT string_agg(b.legacy_id || '@' || d.day_date || '=' || (t.session_template_id = "
                                        + id("session_templates", "tpl3")
                                        + "), ',' ORDER BY d.day_date) FROM goals.program_days d"
                                        + " JOIN goals.program_blocks b ON b.id = d.block_id"
                                        + " JOIN goals.program_day_templates t ON t.program_day_id = d.id"
                                        + " WHERE d.owner_id = ? AND b.legacy_id IN ('b2', 'jb') AND d.day_date IS NOT NULL"))
                .isEqualTo(
                        "b2@2025-04-07=true,jb@2025-04-16=true,jb@2025-04-23=true,jb@2025-04-30=true");

        // Goals: a block's list on that block; a program's own on its last block (prog: b1,
        // already linked, merged; prog2: jb, which ends last); prog3 has no block, so one is
        // recovered for its goals; goals the file lacks are quarantined.
        assertThat(
                        text(
                                "SELECT string_agg(b.legacy_id || '>' || g.legacy_id, ',' ORDER BY b.legacy_id, g.legacy_id)"
                                        + " FROM goals.program_block_goals l JOIN goals.program_blocks b ON b.id = l.block_id"
                                        + " JOIN goals.goals g ON g.id = l.goal_id WHERE l.owner_id = ?"))
                .isEqualTo("b1>c1,jb>c1,jb>r3,recovered:goals-of:prog3>c1");
        assertThat(report.sources().get("programs.goal_ids (JSON)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(4, 2, 1, 1, 0));
        assertThat(report.sources().get("programs.weekly_schedule (block goals)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(2, 1, 0, 1, 0));
        assertThat(report.sources().get("program_blocks.goal_ids (JSON)"))
                .isEqualTo(new GoalsImportReport.SourceCounts(1, 1, 0, 0, 0));
        assertThat(report.quarantined())
                .anySatisfy(
                        q -> {
                            assertThat(q.record()).isEqualTo("/programs/prog2/goal_ids/1");
                            assertThat(q.reason()).isEqualTo("goal goal-gone is not in the file");
                        });
        assertThat(
                        text(
                                "SELECT b.name || '|' || b.start_date || '|' || b.end_date FROM goals.program_blocks b"
                                        + " WHERE b.owner_id = ? AND b.legacy_id = 'recovered:goals-of:prog3'"))
                .isEqualTo("Recovered block (program goals)|2025-05-01|2025-05-31");
        assertThat(report.recovered())
                .anySatisfy(r -> assertThat(r).startsWith("programs prog3: goal_ids"));
        assertThat(report.tables().get("program_blocks").recovered()).isEqualTo(1);
    }

    @Test
    void v4SessionsNotesAndLinksWithTheirEventsFieldForField() throws Exception {
        GoalsImportReport report = importFile(LegacyGoalsFiles.v4(temp));

        assertThat(report.generation()).isEqualTo("V4");
        assertEveryRowAccountedFor(report);
        assertThat(report.sources().get("session_goals"))
                .isEqualTo(new GoalsImportReport.SourceCounts(4, 2, 0, 2, 0));
        assertThat(report.sources().get("notes"))
                .isEqualTo(new GoalsImportReport.SourceCounts(5, 4, 0, 1, 0));
        assertThat(report.quarantined())
                .extracting(Quarantine.Entry::reason)
                .contains(
                        "goal gone is not in the file",
                        "goal_type 'weird_type' is neither short_term nor immediate",
                        "program day day-gone is not in the file")
                .anySatisfy(r -> assertThat(r).startsWith("context_type 'mood'"));
        assertThat(report.timeFlags())
                .extracting(f -> f.table() + " " + f.legacyId())
                .contains("goals st4", "sessions s4", "activity_instances ai4");
        assertThat(
                        text(
                                "SELECT (session_end IS NULL) || '|' || description FROM goals.sessions WHERE owner_id = ? AND legacy_id = 's4'"))
                .isEqualTo("true|Ghi chú ✍️");
        assertThat(
                        text(
                                "SELECT deleted_at::text FROM goals.sessions WHERE owner_id = ? AND legacy_id = 's5'"))
                .isEqualTo("2025-04-03 09:00:00+00");
        assertThat(
                        text(
                                "SELECT (split_definition_id IS NULL)::text FROM goals.metric_values WHERE owner_id = ? AND legacy_id = 'mv4'"))
                .isEqualTo("true");
        assertThat(
                        text(
                                "SELECT string_agg(context_type || ':' || coalesce(set_index::text, '-') || ':' || (deleted_at IS NOT NULL), ',' ORDER BY legacy_id)"
                                        + " FROM goals.notes WHERE owner_id = ?"))
                .isEqualTo("session:-:false,set:1:false,activity_definition:-:true,session:-:true");
        // n5 is live in the file under the deleted session s5: it goes with it, as in the service.
        assertThat(
                        text(
                                "SELECT n.deleted_at::text FROM goals.notes n JOIN goals.sessions s ON s.id = n.session_id"
                                        + " WHERE n.owner_id = ? AND n.legacy_id = 'n5' AND n.deleted_at = s.deleted_at"))
                .isEqualTo("2025-04-03 09:00:00+00");
        assertThat(report.warnings())
                .anySatisfy(
                        w -> assertThat(w).startsWith("notes: 1 live in the file under a deleted"));
        assertThat(
                        text(
                                "SELECT string_agg(event_type, ',' ORDER BY id) FROM goals.outbox WHERE owner_id = ? AND aggregate_id = '"
                                        + LegacyIds.goals(owner, "notes", "n5")
                                        + "'"))
                .isEqualTo("dev.assistant.goals.note.saved.v1,dev.assistant.goals.note.deleted.v1");
        // root_id NULL in the file: computed by walking parent_id.
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.goals WHERE owner_id = ? AND legacy_id IN ('st4', 'im4') AND root_id = "
                                        + id("goals", "root4")))
                .isEqualTo(2);

        Set<String> types = new HashSet<>();
        try (Connection c = ScratchDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT event_type, aggregate_type, lane, payload::text FROM goals.outbox WHERE owner_id = '"
                                        + owner
                                        + "'")) {
            while (rs.next()) {
                EventType<?> type = EventCatalog.byName(rs.getString(1)).orElseThrow();
                EventJson.readStrict(type, rs.getString(4));
                assertThat(LegacyJson.MAPPER.readTree(rs.getString(4)).properties())
                        .extracting(Map.Entry::getKey)
                        .containsExactlyInAnyOrderElementsOf(type.fields());
                assertThat(rs.getString(2)).isEqualTo(type.aggregateType());
                assertThat(rs.getString(3)).isEqualTo("bulk");
                types.add(type.name());
            }
        }
        assertThat(types)
                .containsExactlyInAnyOrder(
                        GoalsEvents.GOAL_CREATED.name(),
                        GoalsEvents.SESSION_COMPLETED.name(),
                        GoalsEvents.NOTE_SAVED.name(),
                        GoalsEvents.NOTE_DELETED.name());
        assertThat(
                        text(
                                "SELECT payload->>'goalIds' FROM goals.outbox WHERE owner_id = ? AND aggregate_id = '"
                                        + LegacyIds.goals(owner, "sessions", "s4")
                                        + "'"))
                .contains(LegacyIds.goals(owner, "goals", "st4").toString())
                .contains(LegacyIds.goals(owner, "goals", "im4").toString());
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.outbox WHERE owner_id = ? AND event_type = 'dev.assistant.goals.goal.created.v1'"))
                .isEqualTo(count("SELECT count(*) FROM goals.goals WHERE owner_id = ?"));
    }

    @Test
    void theSourceZoneAppliesToNaiveTimesBeforeTheSwitchToUtc() throws Exception {
        importFile(
                LegacyGoalsFiles.v4(temp),
                new SourceTime(
                        ZoneId.of("America/New_York"), LocalDateTime.parse("2025-04-02T00:00")));
        // Before the switch: local (EDT, UTC-4); after: UTC.
        assertThat(
                        text(
                                "SELECT created_at::text FROM goals.goals WHERE owner_id = ? AND legacy_id = 'st4'"))
                .isEqualTo("2025-04-01 16:00:00+00");
        assertThat(
                        text(
                                "SELECT created_at::text FROM goals.sessions WHERE owner_id = ? AND legacy_id = 's4'"))
                .isEqualTo("2025-04-02 18:00:00+00");
    }

    @Test
    void theSameSessionInEveryGenerationIsOneSessionIdenticalRowsMergeAndConflictsAreReported()
            throws Exception {
        GoalsImportReport v1 = importFile(LegacyGoalsFiles.v1(temp));
        GoalsImportReport v2 = importFile(LegacyGoalsFiles.v2(temp));
        GoalsImportReport v4 = importFile(LegacyGoalsFiles.v4(temp));

        assertThat(v1.conflicts()).isEmpty();
        // v2 holds the same root, session s1 (as a goals row), its link and value: the same rows.
        assertThat(v2.tables().get("sessions").alreadyPresent()).isEqualTo(1);
        assertThat(v2.tables().get("goals").alreadyPresent()).isGreaterThanOrEqualTo(2);
        assertThat(v2.tables().get("metric_values").alreadyPresent()).isEqualTo(2);
        // ... but its "lt" was renamed: reported, and the first import's row kept.
        assertThat(v2.conflicts())
                .singleElement()
                .satisfies(
                        c ->
                                assertThat(c.table() + " " + c.legacyId() + " " + c.reason())
                                        .isEqualTo(
                                                "goals lt already imported with different values; the stored row was kept"));
        assertThat(text("SELECT title FROM goals.goals WHERE owner_id = ? AND legacy_id = 'lt'"))
                .isEqualTo("Learn songs");
        // v4's s1 is the same session with more fields: reported, not overwritten.
        assertThat(v4.conflicts())
                .extracting(c -> c.table() + " " + c.legacyId())
                .contains("sessions s1");
        assertThat(
                        count(
                                "SELECT count(*) FROM goals.sessions WHERE owner_id = ? AND legacy_id = 's1'"))
                .isEqualTo(1);
        assertThat(v1.verification().ok()).isTrue();
        assertThat(v2.verification().ok()).isTrue();
        assertThat(v4.verification().ok()).isTrue();
    }

    @Test
    void aSecondRunChangesNothingAndAKilledRunIsFinishedByTheNext() throws Exception {
        Path v3 = LegacyGoalsFiles.v3(temp);
        importFile(v3);
        Map<String, String> complete = GoalsDatabase.snapshot(owner);

        GoalsImportReport again = importFile(v3);
        assertThat(again.tables().values()).allSatisfy(c -> assertThat(c.imported()).isZero());
        assertThat(again.conflicts()).isEmpty();
        assertThat(GoalsDatabase.snapshot(owner)).isEqualTo(complete);

        // What a kill leaves: the first tables' batches committed, the later ones (and their
        // events) not.
        ScratchDatabase.execute(
                "DELETE FROM goals.activity_instances WHERE owner_id = '" + owner + "'");
        ScratchDatabase.execute(
                "DELETE FROM goals.outbox WHERE owner_id = '"
                        + owner
                        + "' AND aggregate_type <> 'goal'");
        ScratchDatabase.execute("DELETE FROM goals.sessions WHERE owner_id = '" + owner + "'");
        GoalsImportReport resumed = importFile(v3);
        assertThat(resumed.tables().get("sessions").imported()).isEqualTo(1);
        assertThat(resumed.tables().get("metric_values").imported()).isEqualTo(4);
        assertThat(resumed.verification().ok()).isTrue();
        assertThat(GoalsDatabase.snapshot(owner)).isEqualTo(complete);
    }

    @Test
    void tinyBatchesOnThreeWritersStoreWhatOneWriterStores() throws Exception {
        for (Path file : new Path[] {LegacyGoalsFiles.v1(temp), LegacyGoalsFiles.v4(temp)}) {
            String one = "user-" + UUID.randomUUID();
            String three = "user-" + UUID.randomUUID();
            GoalsImportReport single = importAs(file, one, 1, 5000);
            // Two rows per transaction, three connections: goals (whose parents come first) one
            // batch after another, every other table's batches side by side.
            GoalsImportReport parallel = importAs(file, three, 3, 2);
            assertThat(parallel.verification().ok())
                    .as("%s", parallel.verification().mismatches())
                    .isTrue();
            assertThat(parallel.sources()).isEqualTo(single.sources());
            assertThat(parallel.tables()).isEqualTo(single.tables());
            assertThat(counts(GoalsDatabase.snapshot(three)))
                    .isEqualTo(counts(GoalsDatabase.snapshot(one)));

            // Again: every tiny batch finds its rows stored and goes the careful way.
            Map<String, String> before = GoalsDatabase.snapshot(three);
            GoalsImportReport again = importAs(file, three, 3, 2);
            assertThat(again.tables().values())
                    .allSatisfy(
                            c -> {
                                assertThat(c.imported()).isZero();
                                assertThat(c.alreadyPresent()).isEqualTo(c.rows());
                            });
            assertThat(GoalsDatabase.snapshot(three)).isEqualTo(before);
        }
    }

    private GoalsImportReport importAs(Path file, String user, int writers, int batch)
            throws SQLException {
        return new GoalsImporter(SETTINGS, "goals", new PrintStream(progress, true), writers, batch)
                .run(file, user, SourceTime.UTC, temp.resolve("quarantine-" + user), false);
    }

    /** Per table, the row count of a snapshot (the checksums differ: ids depend on the owner). */
    private static Map<String, String> counts(Map<String, String> snapshot) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        snapshot.forEach((table, value) -> out.put(table, value.split(" ")[0]));
        return out;
    }

    @Test
    void verificationFindsARowThatIsMissingOrDiffers() throws Exception {
        Path v4 = LegacyGoalsFiles.v4(temp);
        importFile(v4);
        ScratchDatabase.execute("DELETE FROM goals.metric_values WHERE owner_id = '" + owner + "'");
        ScratchDatabase.execute(
                "UPDATE goals.notes SET content = 'tampered' WHERE owner_id = '"
                        + owner
                        + "' AND legacy_id = 'n1'");
        try (LegacyDatabase db = LegacyDatabase.open(v4);
                Connection c = ScratchDatabase.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO goals");
            }
            GoalsMapper.Mapping mapping =
                    new GoalsMapper(
                                    db,
                                    owner,
                                    SourceTime.UTC,
                                    new Quarantine(temp, temp.resolve("q"), true))
                            .map();
            GoalsImportReport.Verification v =
                    GoalsImportVerifier.verify(c, owner, mapping, Set.of());
            assertThat(v.ok()).isFalse();
            assertThat(v.mismatches())
                    .containsExactlyInAnyOrder(
                            "metric_values: 1 rows from the source, 0 stored",
                            "notes: 4 rows from the source, 4 stored, content differs");
        }
    }

    @Test
    void aDryRunReportsAndWritesNothing() throws Exception {
        GoalsImportReport report =
                new GoalsImporter(SETTINGS, "goals", new PrintStream(progress, true))
                        .run(
                                LegacyGoalsFiles.v1(temp),
                                owner,
                                SourceTime.UTC,
                                temp.resolve("quarantine"),
                                true);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.tables().get("goals").rows()).isEqualTo(5);
        assertThat(report.quarantined()).isNotEmpty();
        assertThat(count("SELECT count(*) FROM goals.goals WHERE owner_id = ?")).isZero();
        assertThat(temp.resolve("quarantine")).doesNotExist();
    }

    private static void assertEveryRowAccountedFor(GoalsImportReport report) {
        assertThat(report.sources())
                .allSatisfy(
                        (table, c) -> assertThat(c.accountedFor()).as(table + " " + c).isTrue());
        assertThat(report.verification().ok())
                .as("%s", report.verification().mismatches())
                .isTrue();
    }

    private Generation generation(Path file) throws SQLException {
        try (LegacyDatabase db = LegacyDatabase.open(file)) {
            return Generation.detect(db);
        }
    }

    private String uuid(String table, String legacyId) {
        return LegacyIds.goals(owner, table, legacyId).toString();
    }

    private String id(String table, String legacyId) {
        return "'" + LegacyIds.goals(owner, table, legacyId) + "'::uuid";
    }

    private long count(String sql) throws SQLException {
        return GoalsDatabase.count(sql, owner);
    }

    private String text(String sql) throws SQLException {
        return GoalsDatabase.text(sql, owner);
    }
}
