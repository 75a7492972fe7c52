package dev.assistant.migration.rollback;

import java.sql.Connection;
import java.util.List;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.Phase;
import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.core.ServiceSchema;
import dev.assistant.migration.drift.DriftDetector;
import dev.assistant.migration.migrate.BeforeApply;
import dev.assistant.migration.migrate.MigrateOptions;
import dev.assistant.migration.migrate.MigrationRun;
import dev.assistant.migration.migrate.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RollbackTest {

    private static final MigrateOptions BOTH_PHASES =
            MigrateOptions.defaults().withPhase(Phase.CONTRACT);

    @ParameterizedTest
    @EnumSource(ServiceSchema.class)
    void upDownUpEndsDriftClean(ServiceSchema service) throws Exception {
        // Every migration, contract ones too, and every undo script.
        MigrationSet set = ProjectMigrations.of(service);
        ScratchDatabase.dropSchema(set.schema());
        Migrator migrator = new Migrator(set, SETTINGS);
        List<String> up = migrator.migrate(BOTH_PHASES, BeforeApply.NOTHING).applied();
        try (Connection db = ScratchDatabase.connect()) {
            MigrationRun down = new Rollback(set, SETTINGS).to("0", BOTH_PHASES, db);
            assertThat(down.result()).isEqualTo("success");
            assertThat(down.applied()).isEqualTo(up.reversed());
            assertThat(
                            ScratchDatabase.count(
                                    "SELECT count(*) FROM pg_tables WHERE schemaname = '"
                                            + set.schema()
                                            + "' AND tablename <> 'flyway_schema_history'"))
                    .isZero();
            assertThat(migrator.status(BOTH_PHASES).pending()).isEqualTo(up);

            assertThat(migrator.migrate(BOTH_PHASES, BeforeApply.NOTHING).applied()).isEqualTo(up);
            assertThat(new DriftDetector(set, SETTINGS).detect(BOTH_PHASES, db).differences())
                    .isEmpty();
        }
    }

    @Test
    void refusesWithoutUndoScriptsAndChangesNothing() throws Exception {
        MigrationSet set = ScratchDatabase.testSet("phases");
        ScratchDatabase.dropSchema(set.schema());
        new Migrator(set, SETTINGS)
                .migrate(MigrateOptions.defaults().withPhase(Phase.CONTRACT), BeforeApply.NOTHING);
        try (Connection db = ScratchDatabase.connect()) {
            assertThatThrownBy(
                            () ->
                                    new Rollback(set, SETTINGS)
                                            .to("1", MigrateOptions.defaults(), db))
                    .hasMessageContaining("no undo script")
                    .hasMessageContaining("[3, 2]")
                    .hasMessageContaining("nothing was changed");
        }
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM mt_phases.flyway_schema_history WHERE version IS NOT NULL"))
                .isEqualTo(3);
    }
}
