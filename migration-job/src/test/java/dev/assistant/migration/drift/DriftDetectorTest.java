package dev.assistant.migration.drift;

import java.sql.Connection;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.core.ServiceSchema;
import dev.assistant.migration.migrate.BeforeApply;
import dev.assistant.migration.migrate.MigrateOptions;
import dev.assistant.migration.migrate.Migrator;
import org.junit.jupiter.api.Test;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

class DriftDetectorTest {

    @Test
    void manualChangesAreReportedPreciselyAndTheScratchSchemaIsGone() throws Exception {
        MigrationSet set = ProjectMigrations.of(ServiceSchema.CHAT);
        ScratchDatabase.dropSchema(set.schema());
        new Migrator(set, SETTINGS).migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
        try (Connection db = ScratchDatabase.connect()) {
            DriftDetector drift = new DriftDetector(set, SETTINGS);
            assertThat(drift.detect(MigrateOptions.defaults(), db).clean()).isTrue();

            ScratchDatabase.execute("ALTER TABLE chat.memories ADD COLUMN surprise integer");
            ScratchDatabase.execute("ALTER TABLE chat.memories ALTER COLUMN title DROP NOT NULL");
            ScratchDatabase.execute("DROP INDEX chat.memories_owner_created_idx");
            ScratchDatabase.execute(
                    "CREATE INDEX memories_owner_created_idx ON chat.memories USING hash (owner_id)");

            DriftReport report = drift.detect(MigrateOptions.defaults(), db);
            assertThat(report.differences())
                    .extracting(d -> d.object() + " " + d.name() + " " + d.change())
                    .containsExactlyInAnyOrder(
                            "column memories.surprise unexpected",
                            "column memories.title changed",
                            "index memories_owner_created_idx changed");
            assertThat(report.differences())
                    .filteredOn(d -> d.name().equals("memories.title"))
                    .singleElement()
                    .satisfies(
                            d -> {
                                assertThat(d.expected()).isEqualTo("text NOT NULL");
                                assertThat(d.actual()).isEqualTo("text NULL");
                            });
            assertThat(report.differences())
                    .filteredOn(d -> d.object().equals("index"))
                    .singleElement()
                    .satisfies(d -> assertThat(d.actual()).contains("USING hash"));
        }
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'chat_drift_%'"))
                .isZero();
    }
}
