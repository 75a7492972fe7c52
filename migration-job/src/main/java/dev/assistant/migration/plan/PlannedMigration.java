package dev.assistant.migration.plan;

import java.util.List;

import dev.assistant.migration.lint.Finding;

/**
 * A pending migration: in which phase it runs, each statement's locks and size, and its lint
 * findings.
 */
public record PlannedMigration(
        String version,
        String description,
        String file,
        String phase,
        List<PlannedStatement> statements,
        List<Finding> findings) {}
