package dev.assistant.migration.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as operators and the init container use it: exit codes and JSON on stdout. */
@QuarkusMainTest
class MigrationJobCliTest {

    private static final String[] DB = {
        "--db-url",
        ScratchDatabase.SETTINGS.jdbcUrl(),
        "--db-user",
        ScratchDatabase.SETTINGS.user(),
        "--db-password",
        ScratchDatabase.SETTINGS.password()
    };

    /**
     * The command, the database, and the named service's own migrations (as the init container
     * passes them).
     */
    private static String[] args(String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(DB));
        int service = all.indexOf("--service");
        if (service >= 0 && List.of("chat", "goals", "search").contains(all.get(service + 1))) {
            all.addAll(
                    List.of(
                            "--migrations",
                            ProjectMigrations.dir(all.get(service + 1)).toString()));
        }
        return all.toArray(String[]::new);
    }

    @Test
    void migrateStatusPlanDriftOnARealDatabase(QuarkusMainLauncher launcher) {
        ScratchDatabase.dropSchema("search");
        assertThat(launcher.launch(args("status", "--service", "search", "--check")).exitCode())
                .isEqualTo(ExitCodes.FINDINGS);

        LaunchResult plan = launcher.launch(args("plan", "--service", "search"));
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(plan.getOutput())
                .contains("\"version\":\"1\"")
                .contains("\"kind\":\"create_table\"")
                .contains("\"findings\":[]");

        LaunchResult migrate = launcher.launch(args("migrate", "--service", "search"));
        assertThat(migrate.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(migrate.getOutput())
                .contains("\"result\":\"success\"")
                // Every version the service has, from the first (however many it has by now),
                // contract ones (V12 on) included: on a new schema no older code can use them.
                .contains("\"applied\":[\"1\"")
                .contains("\"12\"")
                .contains("\"deferredContract\":[]");
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM migration_job.runs WHERE service = 'search' AND result = 'success'"))
                .isPositive();

        assertThat(launcher.launch(args("status", "--service", "search", "--check")).exitCode())
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(launcher.launch(args("drift", "--service", "search")).exitCode())
                .isEqualTo(ExitCodes.SUCCESS);
        ScratchDatabase.execute(
                "ALTER TABLE search.documents ADD COLUMN IF NOT EXISTS hand_made text");
        LaunchResult drift =
                launcher.launch(args("drift", "--service", "search", "--output", "text"));
        assertThat(drift.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(drift.getOutput())
                .contains("column documents.hand_made is not in the migrations");
    }

    @Test
    void lintExitsThreeOnFindingsAndZeroForTheProjectsOwnMigrations(
            QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        Path bad =
                Files.writeString(
                        dir.resolve("V9__bad.sql"),
                        "ALTER TABLE t ADD COLUMN c varchar(20) NOT NULL;\n");
        LaunchResult findings = launcher.launch("lint", bad.toString(), "--output", "text");
        assertThat(findings.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(findings.getOutput())
                .contains("V9__bad.sql:1: adding-required-field")
                .contains("prefer-text-field")
                .contains("fix:");
        for (String service : new String[] {"chat", "goals", "search"}) {
            assertThat(
                            launcher.launch(
                                            "lint",
                                            "--service",
                                            service,
                                            "--migrations",
                                            ProjectMigrations.dir(service).toString())
                                    .exitCode())
                    .as(service)
                    .isEqualTo(ExitCodes.SUCCESS);
        }
    }

    @Test
    void importChatReportsAndExitsThreeWhenRecordsWereQuarantined(
            QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        ScratchDatabase.dropSchema("chat");
        assertThat(launcher.launch(args("migrate", "--service", "chat")).exitCode())
                .isEqualTo(ExitCodes.SUCCESS);
        Path source =
                dev.assistant.migration.importer.LegacyChatTree.write(
                        Files.createDirectories(dir.resolve("legacy")));
        Path report = dir.resolve("report.json");
        LaunchResult result =
                launcher.launch(
                        args(
                                "import",
                                "chat",
                                "--source",
                                source.toString(),
                                "--default-owner",
                                "legacy",
                                "--quarantine",
                                dir.resolve("q").toString(),
                                "--report",
                                report.toString()));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.getOutput()).contains("\"ok\":true");
        assertThat(result.getErrorOutput()).contains("[import chat] done:");
        assertThat(Files.readString(report)).contains("\"quarantined\"");
        assertThat(
                        launcher.launch(
                                        args(
                                                "import",
                                                "chat",
                                                "--source",
                                                dir.resolve("missing").toString()))
                                .exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importGoalsReportsAndExitsThreeWhenRowsWereQuarantined(
            QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        ScratchDatabase.dropSchema("goals");
        assertThat(launcher.launch(args("migrate", "--service", "goals")).exitCode())
                .isEqualTo(ExitCodes.SUCCESS);
        Path source = dev.assistant.migration.importer.goals.LegacyGoalsFiles.v1(dir);
        Path report = dir.resolve("report.json");
        LaunchResult result =
                launcher.launch(
                        args(
                                "import",
                                "goals",
                                "--source",
                                source.toString(),
                                "--owner",
                                "cli-user",
                                "--source-zone",
                                "Europe/Berlin",
                                "--quarantine",
                                dir.resolve("q").toString(),
                                "--report",
                                report.toString()));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(result.getOutput())
                .contains("\"generation\":\"V1\"")
                .contains("\"sourceZone\":\"Europe/Berlin\"");
        assertThat(result.getErrorOutput()).contains("[import goals] done:");
        assertThat(Files.readString(report)).contains("unknown goal type 'Wizard'");
        assertThat(dir.resolve("q/REPORT.json")).exists();
        assertThat(
                        launcher.launch(
                                        args(
                                                "import",
                                                "goals",
                                                "--source",
                                                source.toString(),
                                                "--owner",
                                                "cli-user",
                                                "--source-zone",
                                                "Mars/Olympus"))
                                .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(
                        launcher.launch(
                                        args(
                                                "import",
                                                "goals",
                                                "--source",
                                                dir.resolve("missing.db").toString(),
                                                "--owner",
                                                "cli-user"))
                                .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        ScratchDatabase.dropSchema("goals");
    }

    @Test
    void usageErrorsExitTwo(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("migrate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(launcher.launch(args("migrate", "--service", "billing")).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(
                        launcher.launch(args("migrate", "--service", "chat", "--phase", "sideways"))
                                .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(
                        launcher.launch(args("rollback", "--service", "chat", "--to", "latest"))
                                .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(launcher.launch("lint").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unreachableDatabaseExitsOneWithAFailedSummaryAndNoPassword(QuarkusMainLauncher launcher) {
        LaunchResult result =
                launcher.launch(
                        "migrate",
                        "--service",
                        "chat",
                        "--migrations",
                        ProjectMigrations.dir("chat").toString(),
                        "--db-url",
                        "jdbc:postgresql://127.0.0.1:1/none",
                        "--db-user",
                        "x",
                        "--db-password",
                        "s3cret-value");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.getOutput()).contains("\"result\":\"failed\"");
        assertThat(result.getOutput() + result.getErrorOutput()).doesNotContain("s3cret-value");
    }
}
