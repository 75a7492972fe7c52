package dev.assistant.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.assistant.migration.core.ScratchDatabase;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** The command line as the init container runs it: exit codes and the JSON summary on stdout. */
@QuarkusMainTest
class MigrationJobCliTest {

    private static final String[] DB = {"--db-url", ScratchDatabase.SETTINGS.jdbcUrl(),
            "--db-user", ScratchDatabase.SETTINGS.user(), "--db-password", ScratchDatabase.SETTINGS.password()};

    private static String[] args(String... head) {
        String[] all = new String[head.length + DB.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(DB, 0, all, head.length, DB.length);
        return all;
    }

    @Test
    void migrateThenStatusCheck(QuarkusMainLauncher launcher) {
        ScratchDatabase.dropSchema("search");
        LaunchResult pending = launcher.launch(args("status", "--service", "search", "--check"));
        assertThat(pending.exitCode()).isEqualTo(ExitCodes.FINDINGS);

        LaunchResult migrate = launcher.launch(args("migrate", "--service", "search"));
        assertThat(migrate.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(migrate.getOutput()).contains("\"result\":\"success\"").contains("\"service\":\"search\"");

        LaunchResult upToDate = launcher.launch(args("status", "--service", "search", "--check"));
        assertThat(upToDate.exitCode()).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void usageErrorsExitTwo(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("migrate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(launcher.launch(args("migrate", "--service", "billing")).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unreachableDatabaseExitsOneWithAFailedSummary(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("migrate", "--service", "chat", "--db-url", "jdbc:postgresql://127.0.0.1:1/none",
                "--db-user", "x", "--db-password", "y");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.getOutput()).contains("\"result\":\"failed\"");
        assertThat(result.getOutput() + result.getErrorOutput()).doesNotContain("--db-password").doesNotContain("\"y\"");
    }
}
