package dev.assistant.migration.importer;

import java.util.Map;

/**
 * What any legacy import reports to Pushgateway: per kind of record how many were found, imported
 * by this run and already present; how many were quarantined; whether it verified.
 */
public record ImportSummary(
        Map<String, Counts> kinds, long quarantined, boolean verified, long durationMillis) {

    public record Counts(long found, long imported, long alreadyPresent) {}

    /** Complete and verified: nothing quarantined, no difference found. */
    public boolean ok() {
        return verified && quarantined == 0;
    }
}
