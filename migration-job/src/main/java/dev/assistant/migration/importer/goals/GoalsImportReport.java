package dev.assistant.migration.importer.goals;

import java.util.List;
import java.util.Map;

import dev.assistant.migration.importer.ImportSummary;
import dev.assistant.migration.importer.Quarantine;

/**
 * The JSON report of one {@code import goals} run (stdout, and --report FILE).
 *
 * @param generation the schema generation detected in the file
 * @param drift columns the generation's code expected that this copy lacks (read as defaults)
 * @param sources per legacy table: every row accounted for
 * @param tables per goals-service table: what this run did with the rows the file maps to
 * @param recovered what the import created for references to rows the file does not have
 * @param conflicts rows another import already wrote differently: the first one was kept
 * @param timeFlags rows whose times disagree with each other or with their session
 * @param quarantined rows (or one JSON column of a row) not imported, with the reason
 */
public record GoalsImportReport(
        String source,
        String owner,
        boolean dryRun,
        String generation,
        String sourceZone,
        String utcSince,
        List<String> drift,
        Map<String, SourceCounts> sources,
        Map<String, TableCounts> tables,
        List<String> recovered,
        List<Conflict> conflicts,
        List<TimeFlag> timeFlags,
        List<Quarantine.Entry> quarantined,
        List<String> warnings,
        Verification verification,
        long durationMillis,
        double rowsPerSecond) {

    /**
     * found = mapped + merged + quarantined. mapped: became a row (possibly with a recovered or
     * cleared reference, see recovered); merged: the same record once more in the file (a session
     * in both practice_sessions and goals, say), imported once; partlyQuarantined: imported, but a
     * JSON column was unreadable and is in the quarantine.
     */
    public record SourceCounts(
            long found, long mapped, long merged, long quarantined, long partlyQuarantined) {
        public boolean accountedFor() {
            return found == mapped + merged + quarantined;
        }
    }

    /**
     * rows: rows the file maps to (recovered included); imported: written by this run;
     * alreadyPresent: already there, identical; conflicting: already there, different (kept);
     * recovered: rows created for missing references.
     */
    public record TableCounts(
            long rows, long imported, long alreadyPresent, long conflicting, long recovered) {}

    public record Conflict(String table, String legacyId, String key, String reason) {}

    public record TimeFlag(String table, String legacyId, String problem) {}

    /** Per table: stored row count and checksum against the ones computed from the source. */
    public record Verification(
            boolean ok, Map<String, TableCheck> tables, List<String> mismatches) {}

    public record TableCheck(long expected, long stored, String checksum, boolean ok) {}

    /** The numbers Pushgateway publishes. */
    public ImportSummary summary() {
        Map<String, ImportSummary.Counts> kinds = new java.util.LinkedHashMap<>();
        tables.forEach(
                (table, c) ->
                        kinds.put(
                                table,
                                new ImportSummary.Counts(
                                        c.rows(), c.imported(), c.alreadyPresent())));
        return new ImportSummary(
                kinds,
                quarantined.size(),
                verification == null || verification.ok(),
                durationMillis);
    }
}
