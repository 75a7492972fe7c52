package dev.assistant.migration.importer.chat;

import java.util.List;

import dev.assistant.migration.importer.Quarantine;

/** The JSON report of one import run (stdout, and --report FILE). */
public record ChatImportReport(
        String source,
        boolean dryRun,
        int sourceFiles,
        Counts conversations,
        Counts messages,
        Counts memories,
        Counts files,
        int branchesLinked,
        List<Quarantine.Entry> quarantined,
        List<String> warnings,
        Verification verification,
        long durationMillis,
        double messagesPerSecond) {

    /**
     * found: parsed from the source; imported: written by this run; alreadyPresent: written by an
     * earlier run.
     */
    public record Counts(long found, long imported, long alreadyPresent) {}

    public record Verification(
            boolean ok,
            int conversationsChecked,
            int memoriesChecked,
            int filesChecked,
            List<String> mismatches) {}
}
