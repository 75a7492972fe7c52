package dev.assistant.migration.plan;

import java.util.List;

/** The dry run's result: nothing was changed. */
public record MigrationPlan(
        String service, String currentVersion, List<PlannedMigration> pending) {}
