package dev.assistant.migration.core;

/** One migration file's contents: V&lt;version&gt;__&lt;description&gt;.sql (or U... for undo). */
public record MigrationScript(
        String version, String description, String fileName, String sql, Phase phase) {}
