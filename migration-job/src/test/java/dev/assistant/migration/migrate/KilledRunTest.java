package dev.assistant.migration.migrate;

import java.sql.Connection;
import java.time.Duration;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.drift.DriftDetector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 in the middle of a long migration, then run again: it succeeds, drift-clean, no manual
 * repair.
 */
class KilledRunTest {

    @Test
    void killedRunLeavesAStateTheNextRunCompletes() throws Exception {
        MigrationSet set = ScratchDatabase.testSet("slow");
        ScratchDatabase.dropSchema(set.schema());
        ScratchDatabase.execute("CREATE SCHEMA IF NOT EXISTS mt_control");
        ScratchDatabase.execute("CREATE TABLE IF NOT EXISTS mt_control.sleep (seconds int)");
        ScratchDatabase.execute("DELETE FROM mt_control.sleep");
        ScratchDatabase.execute("INSERT INTO mt_control.sleep VALUES (120)");

        String java = ProcessHandle.current().info().command().orElse("java");
        Process runner =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                MigrateMain.class.getName(),
                                "slow")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        try {
            // Killed while the migration's transaction is in the middle of its work.
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    ScratchDatabase.count(
                                                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'migration-job' AND query LIKE '%pg_sleep%'")
                                            == 1);
            runner.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            runner.waitFor();
            assertThat(runner.exitValue()).isEqualTo(137);
        } finally {
            runner.destroyForcibly();
        }
        // The server notices the dead connection; its transaction rolls back and its locks go.
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                ScratchDatabase.count(
                                                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'migration-job' AND query LIKE '%pg_sleep%'")
                                        == 0);

        ScratchDatabase.execute("UPDATE mt_control.sleep SET seconds = 0");
        MigrationRun rerun =
                new Migrator(set, ScratchDatabase.SETTINGS)
                        .migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
        assertThat(rerun.result()).isEqualTo("success");
        assertThat(rerun.applied()).containsExactly("1");
        try (Connection db = ScratchDatabase.connect()) {
            assertThat(
                            new DriftDetector(set, ScratchDatabase.SETTINGS)
                                    .detect(MigrateOptions.defaults(), db)
                                    .differences())
                    .isEmpty();
        }
    }
}
