package dev.assistant.migration.lint;

import dev.assistant.migration.core.MigrationScripts;
import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ServiceSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own migrations (and undo scripts) must pass the rules they enforce on others. */
class ProjectMigrationsLintTest {

    @ParameterizedTest
    @EnumSource(ServiceSchema.class)
    void ownMigrationsLintClean(ServiceSchema service) {
        var scripts = MigrationScripts.versioned(ProjectMigrations.of(service).location());
        assertThat(scripts).isNotEmpty();
        Linter linter = new Linter();
        scripts.forEach(
                script ->
                        assertThat(linter.lint(script.fileName(), script.sql()))
                                .as(script.fileName())
                                .isEmpty());
    }
}
