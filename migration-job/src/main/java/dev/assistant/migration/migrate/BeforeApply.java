package dev.assistant.migration.migrate;

import java.util.List;

/**
 * Runs under the migration lock, after it is known what will be applied and before anything is:
 * where a backup belongs. Returns what to report (the backup's path), or null.
 */
@FunctionalInterface
public interface BeforeApply {

    BeforeApply NOTHING = (fromVersion, versions) -> null;

    String run(String fromVersion, List<String> versions);
}
