package dev.assistant.migration.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.Phase;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.drift.DriftDetector;
import org.junit.jupiter.api.Test;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration meets live traffic: a long transaction holds a lock its DDL needs. The DDL waits at
 * most lock_timeout per try, retries with back-off, and other queries on the table are never queued
 * behind it for longer than that.
 */
class LiveTrafficTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(500);

    @Test
    void ddlWaitsAtMostLockTimeoutPerTryAndNeverStallsOtherQueries() throws Exception {
        MigrationSet set = ScratchDatabase.testSet("live");
        ScratchDatabase.dropSchema(set.schema());
        MigrateOptions options =
                new MigrateOptions(
                        Phase.EXPAND,
                        Duration.ofSeconds(30),
                        LOCK_TIMEOUT,
                        Duration.ofMinutes(1),
                        20,
                        Duration.ofSeconds(1));
        Migrator migrator = new Migrator(set, SETTINGS);
        // Apply both, then take V2 back, so only the ALTER TABLE is pending while "live" has
        // traffic.
        migrator.migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
        ScratchDatabase.execute("DELETE FROM mt_live.flyway_schema_history WHERE version = '2'");
        ScratchDatabase.execute("ALTER TABLE mt_live.live DROP COLUMN IF EXISTS extra");

        try (Connection live = ScratchDatabase.connect();
                Connection reader = ScratchDatabase.connect()) {
            live.setAutoCommit(false);
            live.createStatement()
                    .execute(
                            "SELECT count(*) FROM mt_live.live"); // holds ACCESS SHARE until commit

            CompletableFuture<MigrationRun> migration =
                    CompletableFuture.supplyAsync(
                            () -> migrator.migrate(options, BeforeApply.NOTHING));
            List<Long> readLatencies = new ArrayList<>();
            long until = System.currentTimeMillis() + 3000;
            while (System.currentTimeMillis() < until) {
                long started = System.nanoTime();
                try (Statement s = reader.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM mt_live.live")) {
                    rs.next();
                }
                readLatencies.add((System.nanoTime() - started) / 1_000_000);
                Thread.sleep(50);
            }
            assertThat(migration).isNotDone();
            live.commit(); // the long transaction ends: the next try succeeds

            MigrationRun run = migration.get();
            assertThat(run.result()).isEqualTo("success");
            assertThat(run.applied()).containsExactly("2");
            assertThat(run.lockRetries()).isGreaterThanOrEqualTo(1);
            assertThat(readLatencies)
                    .isNotEmpty()
                    .allSatisfy(ms -> assertThat(ms).isLessThan(LOCK_TIMEOUT.toMillis() + 400));
        }
        try (Connection db = ScratchDatabase.connect()) {
            assertThat(
                            new DriftDetector(set, SETTINGS)
                                    .detect(MigrateOptions.defaults(), db)
                                    .differences())
                    .isEmpty();
        }
    }

    @Test
    void concurrentIndexBlockedByAnOldSnapshotIsRepairedAndRetried() throws Exception {
        MigrationSet set = ScratchDatabase.testSet("concurrent");
        ScratchDatabase.dropSchema(set.schema());
        MigrateOptions options =
                new MigrateOptions(
                        Phase.EXPAND,
                        Duration.ofSeconds(30),
                        LOCK_TIMEOUT,
                        Duration.ofMinutes(1),
                        20,
                        Duration.ofSeconds(1));
        Migrator migrator = new Migrator(set, SETTINGS);
        try (Connection old = ScratchDatabase.connect()) {
            old.setAutoCommit(false);
            old.createStatement().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            old.createStatement()
                    .execute("SELECT 1"); // an open snapshot that CREATE INDEX CONCURRENTLY must
            // wait out
            CompletableFuture<MigrationRun> migration =
                    CompletableFuture.supplyAsync(
                            () -> migrator.migrate(options, BeforeApply.NOTHING));
            Thread.sleep(2500);
            assertThat(migration).isNotDone();
            old.commit();
            MigrationRun run = migration.get();
            assertThat(run.result()).isEqualTo("success");
            assertThat(run.lockRetries()).isGreaterThanOrEqualTo(1);
        }
        assertThat(
                        ScratchDatabase.count(
                                """
                SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'mt_concurrent' AND NOT i.indisvalid"""))
                .isZero();
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM mt_concurrent.flyway_schema_history WHERE NOT success"))
                .isZero();
        try (Connection db = ScratchDatabase.connect()) {
            assertThat(
                            new DriftDetector(set, SETTINGS)
                                    .detect(MigrateOptions.defaults(), db)
                                    .differences())
                    .isEmpty();
        }
    }
}
