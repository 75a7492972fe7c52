package dev.assistant.migration.importer.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.assistant.migration.importer.ImportSummary;
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
    public record Counts(long found, long imported, long alreadyPresent) {
        ImportSummary.Counts summary() {
            return new ImportSummary.Counts(found, imported, alreadyPresent);
        }
    }

    public record Verification(
            boolean ok,
            int conversationsChecked,
            int memoriesChecked,
            int filesChecked,
            List<String> mismatches) {}

    /** The numbers Pushgateway publishes. */
    public ImportSummary summary() {
        Map<String, ImportSummary.Counts> kinds = new LinkedHashMap<>();
        kinds.put("conversations", conversations.summary());
        kinds.put("messages", messages.summary());
        kinds.put("memories", memories.summary());
        kinds.put("files", files.summary());
        return new ImportSummary(
                kinds,
                quarantined.size(),
                verification == null || verification.ok(),
                durationMillis);
    }
}
