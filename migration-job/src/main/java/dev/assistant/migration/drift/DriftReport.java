package dev.assistant.migration.drift;

import java.util.List;

/**
 * The live schema against the migrations up to {@code version}; drift-clean when differences is
 * empty.
 */
public record DriftReport(String service, String version, List<Difference> differences) {

    public boolean clean() {
        return differences.isEmpty();
    }
}
