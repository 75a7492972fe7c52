package dev.assistant.migration.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Against the real PostgreSQL (database migration_test). */
class MigratorTest {

    @ParameterizedTest
    @EnumSource(ServiceSchema.class)
    void everyServiceMigratesFromEmptyAndThenReportsUpToDate(ServiceSchema service) {
        ScratchDatabase.dropSchema(service.schema());
        Migrator migrator = new Migrator(service, ScratchDatabase.SETTINGS, Duration.ofSeconds(30));

        MigrationRun first = migrator.migrate();
        assertThat(first.result()).isEqualTo("success");
        assertThat(first.fromVersion()).isNull();
        assertThat(first.applied()).isNotEmpty();
        assertThat(first.pending()).isEmpty();

        MigrationRun second = migrator.migrate();
        assertThat(second.result()).isEqualTo("up-to-date");
        assertThat(second.applied()).isEmpty();
        assertThat(second.toVersion()).isEqualTo(first.toVersion());
        assertThat(migrator.status().pending()).isEmpty();
    }

    @Test
    void tenConcurrentRunnersApplyEachMigrationExactlyOnce() throws Exception {
        ScratchDatabase.dropSchema("chat");
        int runners = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        List<Future<MigrationRun>> runs = new ArrayList<>();
        for (int i = 0; i < runners; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return new Migrator(ServiceSchema.CHAT, ScratchDatabase.SETTINGS, Duration.ofSeconds(60)).migrate();
            }));
        }
        start.countDown();
        List<MigrationRun> results = new ArrayList<>();
        for (Future<MigrationRun> run : runs) {
            results.add(run.get());
        }
        pool.shutdown();

        assertThat(results).extracting(MigrationRun::result).containsOnly("success", "up-to-date");
        assertThat(results).filteredOn(r -> r.result().equals("success")).hasSize(1);
        assertThat(results).extracting(MigrationRun::toVersion).containsOnly(results.getFirst().toVersion());
        assertThat(ScratchDatabase.count("SELECT count(*) FROM chat.flyway_schema_history WHERE version IS NOT NULL"))
                .isEqualTo(ScratchDatabase.count("SELECT count(DISTINCT version) FROM chat.flyway_schema_history WHERE version IS NOT NULL"))
                .isEqualTo(results.stream().filter(r -> r.result().equals("success")).findFirst().orElseThrow().applied().size());
    }

    @Test
    void statusListsPendingMigrationsOnAnEmptySchema() {
        ScratchDatabase.dropSchema("goals");
        MigrationRun status = new Migrator(ServiceSchema.GOALS, ScratchDatabase.SETTINGS, Duration.ofSeconds(5)).status();
        assertThat(status.result()).isEqualTo("pending");
        assertThat(status.pending()).contains("1");
        assertThat(status.fromVersion()).isNull();
    }
}
