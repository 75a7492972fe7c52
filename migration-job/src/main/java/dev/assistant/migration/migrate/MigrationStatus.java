package dev.assistant.migration.migrate;

import java.util.List;

/**
 * Output of {@code status}: every migration Flyway knows, applied or not, with its checksum and
 * phase.
 */
public record MigrationStatus(
        String service,
        String currentVersion,
        List<String> pending,
        List<String> failed,
        List<Entry> migrations) {

    public record Entry(
            String version,
            String description,
            String type,
            String state,
            Integer checksum,
            String phase,
            String installedOn) {}
}
