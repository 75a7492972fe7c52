package dev.assistant.migration.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.assistant.migration.core.MigrationSet;
import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.core.ServiceSchema;
import dev.assistant.migration.migrate.BeforeApply;
import dev.assistant.migration.migrate.MigrateOptions;
import dev.assistant.migration.migrate.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaBackupTest {

    private static final MigrationSet GOALS = ProjectMigrations.of(ServiceSchema.GOALS);

    @Test
    void archiveRestoresWithPgRestore(@TempDir Path dir) throws Exception {
        ScratchDatabase.dropSchema(GOALS.schema());
        new Migrator(GOALS, SETTINGS).migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
        ScratchDatabase.execute(
                """
                INSERT INTO goals.goals (id, owner_id, root_id, level, title)
                VALUES ('00000000-0000-0000-0000-000000000001', 'alice', '00000000-0000-0000-0000-000000000001', 'UltimateGoal', 'Backed up')""");

        Path archive =
                SchemaBackup.create(new BackupSettings(dir, 5, "pg_dump"), SETTINGS, GOALS, "1");
        assertThat(archive.getFileName().toString()).matches("goals-v1-\\d{8}T\\d{6}Z\\.dump");

        ScratchDatabase.dropSchema(GOALS.schema());
        ProcessBuilder pgRestore =
                new ProcessBuilder(
                                "pg_restore",
                                "--no-owner",
                                "--host=127.0.0.1",
                                "--username=migration_test",
                                "--dbname=migration_test",
                                archive.toString())
                        .redirectErrorStream(true);
        pgRestore.environment().put("PGPASSWORD", SETTINGS.password());
        Process restore = pgRestore.start();
        String out = new String(restore.getInputStream().readAllBytes());
        assertThat(restore.waitFor()).as(out).isZero();
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM goals.goals WHERE title = 'Backed up'"))
                .isEqualTo(1);
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM goals.flyway_schema_history WHERE version = '1'"))
                .isEqualTo(1);
    }

    @Test
    void keepsOnlyTheNewestArchives(@TempDir Path dir) throws Exception {
        ScratchDatabase.dropSchema(GOALS.schema());
        new Migrator(GOALS, SETTINGS).migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
        for (int i = 0; i < 3; i++) {
            SchemaBackup.create(new BackupSettings(dir, 2, "pg_dump"), SETTINGS, GOALS, "1");
            Thread.sleep(1100); // names carry the second
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".dump")).count()).isEqualTo(2);
        }
    }

    @Test
    void migrateRefusesToStartWhenTheBackupFails(@TempDir Path dir) {
        ScratchDatabase.dropSchema(GOALS.schema());
        BackupSettings broken = new BackupSettings(dir, 5, "/bin/false");
        assertThatThrownBy(
                        () ->
                                new Migrator(GOALS, SETTINGS)
                                        .migrate(
                                                MigrateOptions.defaults(),
                                                (from, versions) ->
                                                        SchemaBackup.create(
                                                                        broken, SETTINGS, GOALS,
                                                                        from)
                                                                .toString()))
                .isInstanceOf(BackupFailedException.class);
        assertThat(
                        ScratchDatabase.count(
                                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'goals' AND table_name = 'goals'"))
                .isZero();
    }
}
