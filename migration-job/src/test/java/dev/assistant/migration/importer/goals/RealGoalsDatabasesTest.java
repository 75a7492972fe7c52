package dev.assistant.migration.importer.goals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.assistant.migration.importer.goals.GoalsImportReport.SourceCounts;
import dev.assistant.migration.importer.goals.GoalsImportReport.TableCounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five real goals.db files of the legacy tracker (../shared/fixtures/goals-sqlite, read in
 * place), each into an owner of its own and all five into one owner: every source row accounted
 * for, every metric value kept (under a recovered definition when the legacy app hard-deleted its),
 * verification ok, and a re-run that changes nothing.
 */
class RealGoalsDatabasesTest {

    static final Path FIXTURES =
            Path.of(System.getProperty("assistant.repository.root", ".."))
                    .resolve("../shared/fixtures/goals-sqlite")
                    .normalize();

    @TempDir Path temp;

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeAll
    static void schema() {
        GoalsDatabase.fresh();
    }

    @AfterAll
    static void dropSchema() {
        GoalsDatabase.drop();
    }

    static List<Path> databases() throws IOException {
        assumeTrue(
                Files.isDirectory(FIXTURES),
                "skipped: the real databases are not at " + FIXTURES + " (CI always has them)");
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".db")).sorted().toList();
        }
    }

    private GoalsImportReport importOnce(Path db, String owner) throws SQLException {
        return new GoalsImporter(SETTINGS, "goals", new PrintStream(progress, true))
                .run(db, owner, SourceTime.UTC, temp.resolve("quarantine"), false);
    }

    @Test
    void eachDatabaseIntoItsOwnOwnerKeepsEveryRowAndEveryMetricValue() throws Exception {
        List<Path> databases = databases();
        assertThat(databases).hasSize(5);
        for (Path db : databases) {
            String owner = "real-" + UUID.randomUUID();
            GoalsImportReport report = importOnce(db, owner);

            assertAccountedFor(report);
            assertThat(report.conflicts()).as(db.toString()).isEmpty();
            assertThat(report.tables().values())
                    .allSatisfy(c -> assertThat(c.alreadyPresent()).isZero());
            long sourceValues = sourceMetricValues(db);
            // Nothing lost: every value is stored, but for empty set values (nothing was entered),
            // which are quarantined with that reason.
            long emptyValues =
                    report.quarantined().stream()
                            .filter(q -> q.reason().startsWith("set value is empty"))
                            .count();
            assertThat(count("metric_values", owner) + emptyValues)
                    .as("metric values of %s", db)
                    .isEqualTo(sourceValues);
            assertThat(report.quarantined())
                    .filteredOn(
                            q ->
                                    q.record().startsWith("/metric_values/")
                                            || q.record().startsWith("/activity_instances.data/"))
                    .hasSize((int) emptyValues);
            assertThat(
                            GoalsDatabase.count(
                                    "SELECT count(*) FROM goals.metric_values v JOIN goals.metric_definitions d ON d.id = v.metric_definition_id"
                                            + " WHERE v.owner_id = ? AND d.recovered",
                                    owner))
                    .as("values under recovered definitions in %s", db)
                    .isEqualTo(sourceValuesOfDeletedMetrics(db))
                    .isPositive();
            assertThat(
                            GoalsDatabase.count(
                                    "SELECT count(*) FROM goals.goals WHERE owner_id = ? AND root_id IS NULL",
                                    owner))
                    .isZero();
            assertThat(
                            GoalsDatabase.count(
                                    "SELECT count(*) FROM goals.outbox WHERE owner_id = ? AND lane = 'bulk' AND event_type = 'dev.assistant.goals.goal.created.v1'",
                                    owner))
                    .isEqualTo(count("goals", owner));

            Map<String, String> before = GoalsDatabase.snapshot(owner);
            GoalsImportReport again = importOnce(db, owner);
            assertThat(GoalsDatabase.snapshot(owner)).as("a re-run of %s", db).isEqualTo(before);
            assertThat(again.tables().values()).allSatisfy(c -> assertThat(c.imported()).isZero());
            assertThat(again.conflicts()).isEmpty();
            assertThat(again.verification().ok()).isTrue();
        }
        assertThat(progress.toString()).contains("[import goals]").contains("rows/s");
    }

    @Test
    void programsGoalIdsAndLegacyBlockListsAreMappedWithOrphansQuarantined() throws Exception {
        int withPrograms = 0;
        long orphans = 0;
        for (Path db : databases()) {
            if (sqlite(db, "SELECT count(*) FROM sqlite_master WHERE name = 'programs'") == 0) {
                continue;
            }
            withPrograms++;
            String owner = "real-programs-" + UUID.randomUUID();
            GoalsImportReport report = importOnce(db, owner);
            assertAccountedFor(report);

            long goalIds = sqlite(db, "SELECT count(*) FROM programs p, json_each(p.goal_ids) j");
            long missing =
                    sqlite(
                            db,
                            "SELECT count(*) FROM programs p, json_each(p.goal_ids) j"
                                    + " WHERE NOT EXISTS (SELECT 1 FROM goals g WHERE g.id = j.value)");
            orphans += missing;
            SourceCounts programGoals = report.sources().get("programs.goal_ids (JSON)");
            assertThat(programGoals.found()).as("%s", db).isEqualTo(goalIds).isPositive();
            assertThat(programGoals.quarantined()).as("%s", db).isEqualTo(missing);
            assertThat(report.quarantined())
                    .filteredOn(q -> q.record().matches("/programs/[^/]+/goal_ids/\\d+"))
                    .hasSize((int) missing)
                    .allSatisfy(q -> assertThat(q.reason()).endsWith(" is not in the file"));
            // Every goal of a program the file has is on the program's block that ends last.
            assertThat(count("program_block_goals", owner)).isEqualTo(goalIds - missing);
            assertThat(
                            GoalsDatabase.count(
                                    "SELECT count(*) FROM goals.program_block_goals l JOIN goals.program_blocks b ON b.id = l.block_id"
                                            + " WHERE l.owner_id = ? AND b.end_date < (SELECT max(x.end_date) FROM goals.program_blocks x"
                                            + " WHERE x.program_id = b.program_id)",
                                    owner))
                    .isZero();

            // The block lists repeat program_blocks and program_days (same ids): merged, no
            // block or day twice.
            String listed =
                    "FROM programs p, json_each(p.weekly_schedule) j WHERE json_type(p.weekly_schedule) = 'array'";
            SourceCounts blocks = report.sources().get("programs.weekly_schedule (blocks)");
            assertThat(blocks.found())
                    .isEqualTo(sqlite(db, "SELECT count(*) " + listed))
                    .isPositive();
            assertThat(blocks.merged()).isEqualTo(blocks.found());
            assertThat(count("program_blocks", owner))
                    .isEqualTo(sqlite(db, "SELECT count(*) FROM program_blocks"));
            long listedDays =
                    sqlite(
                            db,
                            "SELECT count(*) FROM programs p, json_each(p.weekly_schedule) j, json_each(j.value, '$.days') d"
                                    + " WHERE json_type(p.weekly_schedule) = 'array'");
            assertThat(
                            report.sources()
                                    .getOrDefault(
                                            "programs.weekly_schedule (days)",
                                            new SourceCounts(0, 0, 0, 0, 0))
                                    .merged())
                    .isEqualTo(listedDays);
            assertThat(count("program_days", owner))
                    .isEqualTo(sqlite(db, "SELECT count(*) FROM program_days"));
        }
        assertThat(withPrograms).isEqualTo(2);
        assertThat(orphans).as("goal ids naming goals the files lack").isPositive();
    }

    @Test
    void allFiveIntoOneOwnerMergeTheirOverlapsAndReportConflicts() throws Exception {
        String owner = "real-all-" + UUID.randomUUID();
        long sourceValues = 0;
        long present = 0;
        long conflicting = 0;
        for (Path db : databases()) {
            GoalsImportReport report = importOnce(db, owner);
            assertAccountedFor(report);
            sourceValues += sourceMetricValues(db);
            present +=
                    report.tables().values().stream().mapToLong(TableCounts::alreadyPresent).sum();
            conflicting += report.conflicts().size();
            assertThat(report.conflicts())
                    .allSatisfy(c -> assertThat(c.reason()).contains("stored row was kept"));
        }
        // The copies share most of their goals, sessions and definitions: identical ones are the
        // same row; those the app changed between copies are reported, never overwritten.
        assertThat(present).isPositive();
        assertThat(conflicting).isPositive();
        // A value id is the same in every copy: merged values are counted once.
        assertThat(count("metric_values", owner)).isPositive().isLessThanOrEqualTo(sourceValues);
        assertThat(
                        GoalsDatabase.count(
                                "SELECT count(DISTINCT legacy_id) FROM goals.sessions WHERE owner_id = ?",
                                owner))
                .isEqualTo(count("sessions", owner));

        Map<String, String> before = GoalsDatabase.snapshot(owner);
        for (Path db : databases()) {
            GoalsImportReport again = importOnce(db, owner);
            assertThat(again.tables().values()).allSatisfy(c -> assertThat(c.imported()).isZero());
            assertThat(again.verification().ok()).isTrue();
        }
        assertThat(GoalsDatabase.snapshot(owner)).isEqualTo(before);
    }

    private static void assertAccountedFor(GoalsImportReport report) {
        assertThat(report.sources())
                .as(report.source())
                .allSatisfy(
                        (table, c) -> assertThat(c.accountedFor()).as(table + " " + c).isTrue());
        assertThat(report.verification().ok())
                .as("%s: %s", report.source(), report.verification().mismatches())
                .isTrue();
        assertThat(report.quarantined()).allSatisfy(q -> assertThat(q.reason()).isNotBlank());
    }

    private static long count(String table, String owner) throws SQLException {
        return GoalsDatabase.count(
                "SELECT count(*) FROM goals." + table + " WHERE owner_id = ?", owner);
    }

    /**
     * metric_values rows plus the values kept only in activity_instances.data, counted by SQLite.
     */
    static long sourceMetricValues(Path db) throws SQLException {
        return sqlite(db, "SELECT count(*) FROM metric_values")
                + (hasData(db)
                        ? sqlite(
                                db,
                                "SELECT count(*) FROM activity_instances a, json_each(a.data, '$.sets') s, json_each(s.value, '$.metrics') m"
                                        + " WHERE json_valid(a.data)")
                        : 0);
    }

    static long sourceValuesOfDeletedMetrics(Path db) throws SQLException {
        return sqlite(
                        db,
                        "SELECT count(*) FROM metric_values v WHERE NOT EXISTS (SELECT 1 FROM metric_definitions d WHERE d.id = v.metric_definition_id)")
                + (hasData(db)
                        ? sqlite(
                                db,
                                "SELECT count(*) FROM activity_instances a, json_each(a.data, '$.sets') s, json_each(s.value, '$.metrics') m"
                                        + " WHERE json_valid(a.data) AND NOT EXISTS (SELECT 1 FROM metric_definitions d WHERE d.id = json_extract(m.value, '$.metric_id'))")
                        : 0);
    }

    private static boolean hasData(Path db) throws SQLException {
        return sqlite(
                        db,
                        "SELECT count(*) FROM pragma_table_info('activity_instances') WHERE name = 'data'")
                > 0;
    }

    static long sqlite(Path db, String sql) throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
