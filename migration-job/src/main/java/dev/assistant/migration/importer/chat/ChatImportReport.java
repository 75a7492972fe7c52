package dev.assistant.migration.importer.chat;

import java.util.List;

import dev.assistant.migration.importer.Quarantine;

/**
 * The JSON report of one import run (stdout, and --report FILE). {@code filesWithoutContent}: of
 * the files found, the generation sidecars whose image is gone, imported as records without content
 * ({@code metadata.contentMissing}); each is also named in {@code warnings}.
 */
public record ChatImportReport(
        String source,
        boolean dryRun,
        int sourceFiles,
        Counts conversations,
        Counts messages,
        Counts memories,
        Counts files,
        long filesWithoutContent,
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
