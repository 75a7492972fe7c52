package dev.assistant.migration.migrate;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.Phase;
import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.core.ServiceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real PostgreSQL (database migration_test). */
class MigratorTest {

    private static final MigrateOptions OPTIONS = MigrateOptions.defaults();

    @ParameterizedTest
    @EnumSource(ServiceSchema.class)
    void everyServiceMigratesFromEmptyAndThenReportsUpToDate(ServiceSchema service) {
        MigrationSet set = ProjectMigrations.of(service);
        ScratchDatabase.dropSchema(set.schema());
        Migrator migrator = new Migrator(set, SETTINGS);
        MigrateOptions bothPhases = OPTIONS.withPhase(Phase.CONTRACT);

        MigrationRun first = migrator.migrate(bothPhases, BeforeApply.NOTHING);
        assertThat(first.result()).isEqualTo("success");
        assertThat(first.fromVersion()).isNull();
        assertThat(first.applied()).isNotEmpty();
        assertThat(first.pending()).isEmpty();

        MigrationRun second = migrator.migrate(bothPhases, BeforeApply.NOTHING);
        assertThat(second.result()).isEqualTo("up-to-date");
        assertThat(second.applied()).isEmpty();
        assertThat(second.toVersion()).isEqualTo(first.toVersion());
        assertThat(migrator.status(bothPhases).pending()).isEmpty();
    }

    @Test
    void tenConcurrentRunnersApplyEachMigrationExactlyOnceIncludingAConcurrentIndex()
            throws Exception {
        MigrationSet set = ScratchDatabase.testSet("concurrent");
        ScratchDatabase.dropSchema(set.schema());
        int runners = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        List<Future<MigrationRun>> futures = new ArrayList<>();
        for (int i = 0; i < runners; i++) {
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return new Migrator(set, SETTINGS)
                                        .migrate(OPTIONS, BeforeApply.NOTHING);
                            }));
        }
        start.countDown();
        List<MigrationRun> runs = new ArrayList<>();
        for (Future<MigrationRun> f : futures) {
            runs.add(f.get());
        }
        pool.shutdown();

        assertThat(runs).extracting(MigrationRun::result).containsOnly("success", "up-to-date");
        assertThat(runs)
                .filteredOn(r -> r.result().equals("success"))
                .singleElement()
                .satisfies(r -> assertThat(r.applied()).containsExactly("1", "2"));
        assertThat(runs).extracting(MigrationRun::toVersion).containsOnly("2");
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM mt_concurrent.flyway_schema_history WHERE version IS NOT NULL"))
                .isEqualTo(2);
        assertThat(
                        ScratchDatabase.count(
                                """
                SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE c.relname = 'things_label_idx' AND i.indisvalid"""))
                .isEqualTo(1);
    }

    @Test
    void waitingForAnotherRunnerIsBoundedAndMeasured() throws Exception {
        MigrationSet set = ScratchDatabase.testSet("phases");
        ScratchDatabase.dropSchema(set.schema());
        MigrateOptions shortWait =
                new MigrateOptions(
                        Phase.EXPAND,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(2),
                        Duration.ofMinutes(1),
                        0,
                        Duration.ofSeconds(1));
        try (Connection holder = ScratchDatabase.connect();
                Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(hashtext('migration-job:" + set.schema() + "'))");
            long started = System.nanoTime();
            assertThatThrownBy(
                            () ->
                                    new Migrator(set, SETTINGS)
                                            .migrate(shortWait, BeforeApply.NOTHING))
                    .isInstanceOf(LockWaitTimeoutException.class)
                    .hasMessageContaining("--lock-wait-seconds");
            assertThat((System.nanoTime() - started) / 1_000_000).isBetween(1900L, 6000L);

            // Released while a runner waits: it proceeds and reports how long it waited.
            Thread release =
                    new Thread(
                            () -> {
                                try {
                                    Thread.sleep(1200);
                                    s.execute("SELECT pg_advisory_unlock_all()");
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            });
            release.start();
            MigrationRun run = new Migrator(set, SETTINGS).migrate(OPTIONS, BeforeApply.NOTHING);
            release.join();
            assertThat(run.result()).isEqualTo("success");
            assertThat(run.lockWaitMillis()).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void expandPhaseStopsBeforeTheFirstContractMigration() {
        MigrationSet set = ScratchDatabase.testSet("phases");
        ScratchDatabase.dropSchema(set.schema());
        Migrator migrator = new Migrator(set, SETTINGS);
        // An installed schema: version 1 applied by an earlier release.
        FlywayFactory.configure(set, set.schema(), SETTINGS, OPTIONS).target("1").load().migrate();

        MigrationRun expand = migrator.migrate(OPTIONS, BeforeApply.NOTHING);
        assertThat(expand.applied()).isEmpty();
        assertThat(expand.deferredContract()).containsExactly("2", "3");
        assertThat(migrator.migrate(OPTIONS, BeforeApply.NOTHING).result()).isEqualTo("up-to-date");

        MigrationRun contract =
                migrator.migrate(OPTIONS.withPhase(Phase.CONTRACT), BeforeApply.NOTHING);
        assertThat(contract.applied()).containsExactly("2", "3");
        assertThat(contract.deferredContract()).isEmpty();
        assertThat(
                        ScratchDatabase.count(
                                """
                SELECT count(*) FROM information_schema.columns WHERE table_schema = 'mt_phases' AND table_name = 'items'
                AND column_name IN ('name', 'note')"""))
                .isEqualTo(1);
    }

    @Test
    void aNewSchemaGetsItsContractMigrationsAtOnce() {
        MigrationSet set = ScratchDatabase.testSet("phases");
        ScratchDatabase.dropSchema(set.schema());

        MigrationRun first = new Migrator(set, SETTINGS).migrate(OPTIONS, BeforeApply.NOTHING);

        assertThat(first.applied()).containsExactly("1", "2", "3");
        assertThat(first.deferredContract()).isEmpty();
    }
}
