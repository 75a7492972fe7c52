package dev.assistant.migration.importer.chat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.importer.Progress;
import dev.assistant.migration.importer.Quarantine;

/**
 * {@code import chat}: reads a legacy tree, writes it into chat-service's schema (unless dry run),
 * links branches, verifies what was written against the source, and reports.
 */
public final class ChatImporter {

    private final ConnectionSettings connection;
    private final String schema;
    private final PrintStream progressOut;

    public ChatImporter(ConnectionSettings connection, String schema, PrintStream progressOut) {
        this.connection = connection;
        this.schema = schema;
        this.progressOut = progressOut;
    }

    public ChatImportReport run(
            Path source, String defaultOwner, Path quarantineDir, boolean dryRun)
            throws SQLException {
        return run(source, defaultOwner, quarantineDir, dryRun, 1);
    }

    /**
     * With {@code parallel} writers, each on its own connection, conversations are split between
     * them: index maintenance (full-text and trigram GIN) is the import's cost, and it runs inside
     * the writing backend, so more writers use more cores.
     */
    public ChatImportReport run(
            Path source, String defaultOwner, Path quarantineDir, boolean dryRun, int parallel)
            throws SQLException {
        long started = System.nanoTime();
        Quarantine quarantine = new Quarantine(source, quarantineDir, dryRun);
        LegacyChatReader.Result legacy =
                new LegacyChatReader(source, defaultOwner, quarantine).read();
        long messageCount =
                legacy.conversations().stream().mapToLong(c -> c.messages().size()).sum();
        progressOut.printf(
                "[import chat] read %,d files: %,d conversations with %,d messages, %,d memories, %,d files (%,d without content); %,d quarantined%n",
                legacy.sourceFiles(),
                legacy.conversations().size(),
                messageCount,
                legacy.memories().size(),
                legacy.files().size(),
                withoutContent(legacy),
                quarantine.entries().size());
        if (dryRun) {
            quarantine.writeReport();
            return report(
                    source,
                    true,
                    legacy,
                    quarantine,
                    new long[4],
                    new long[4],
                    0,
                    null,
                    started,
                    0);
        }
        long[] imported = new long[4];
        long[] present = new long[4];
        Map<UUID, String> fileShas = new LinkedHashMap<>();
        Progress progress =
                new Progress(
                        "import chat",
                        "conversations",
                        legacy.conversations().size(),
                        "messages",
                        progressOut);
        int branches;
        ImportVerifier.Result verification;
        try (ChatImportWriter writer = new ChatImportWriter(connection, schema)) {
            writer.ensureUsers(owners(legacy));
            writeConversations(
                    legacy.conversations(), Math.max(1, parallel), imported, present, progress);
            for (LegacyRecords.Memory m : legacy.memories()) {
                count(imported, present, 2, writer.write(m));
            }
            for (LegacyRecords.File f : legacy.files()) {
                ChatImportWriter.FileResult written = writer.write(f, mimeType(f));
                // No content to compare for a sidecar whose image is gone (null: the record only).
                fileShas.put(f.id(), f.contentMissing() ? null : written.sha256());
                count(imported, present, 3, written.inserted());
            }
            writer.commit();
            Map<String, UUID> ids = new HashMap<>();
            legacy.conversations().forEach(c -> ids.put(c.legacyId(), c.id()));
            branches = writer.linkBranches(legacy.conversations(), ids);
            verification =
                    ImportVerifier.verify(
                            writer.connection(),
                            legacy.conversations(),
                            legacy.memories(),
                            fileShas);
        }
        progress.finish();
        quarantine.writeReport();
        return report(
                source,
                false,
                legacy,
                quarantine,
                imported,
                present,
                branches,
                verification,
                started,
                progress.secondaryPerSecond());
    }

    private void writeConversations(
            List<LegacyRecords.Conversation> all,
            int workers,
            long[] imported,
            long[] present,
            Progress progress)
            throws SQLException {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                parts.add(
                        pool.submit(
                                () -> {
                                    long[] counts = new long[4]; // imported conversations, imported
                                    // messages, present conversations, present
                                    // messages
                                    try (ChatImportWriter writer =
                                            new ChatImportWriter(connection, schema)) {
                                        for (int i = worker; i < all.size(); i += workers) {
                                            LegacyRecords.Conversation c = all.get(i);
                                            int written = writer.write(c);
                                            if (written >= 0) {
                                                counts[0]++;
                                                counts[1] += written;
                                            } else {
                                                counts[2]++;
                                                counts[3] += c.messages().size();
                                            }
                                            progress.advance(1, c.messages().size());
                                        }
                                    }
                                    return counts;
                                }));
            }
            for (Future<long[]> part : parts) {
                long[] counts = part.get();
                imported[0] += counts[0];
                imported[1] += counts[1];
                present[0] += counts[2];
                present[1] += counts[3];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void count(long[] imported, long[] present, int kind, boolean isNew) {
        if (isNew) {
            imported[kind]++;
        } else {
            present[kind]++;
        }
    }

    /** From the bytes; for a record without content, from the name of the image it describes. */
    private static String mimeType(LegacyRecords.File f) {
        return f.contentMissing() ? ImageTypes.ofName(f.name()) : ImageTypes.of(head(f.path()));
    }

    private static long withoutContent(LegacyChatReader.Result legacy) {
        return legacy.files().stream().filter(LegacyRecords.File::contentMissing).count();
    }

    private static byte[] head(Path file) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> owners(LegacyChatReader.Result legacy) {
        Set<String> owners = new HashSet<>();
        legacy.conversations().forEach(c -> owners.add(c.ownerId()));
        legacy.memories().forEach(m -> owners.add(m.ownerId()));
        legacy.files().forEach(f -> owners.add(f.ownerId()));
        return owners;
    }

    private static ChatImportReport report(
            Path source,
            boolean dryRun,
            LegacyChatReader.Result legacy,
            Quarantine quarantine,
            long[] imported,
            long[] present,
            int branches,
            ImportVerifier.Result v,
            long started,
            double rate) {
        long messages = legacy.conversations().stream().mapToLong(c -> c.messages().size()).sum();
        return new ChatImportReport(
                source.toString(),
                dryRun,
                legacy.sourceFiles(),
                new ChatImportReport.Counts(legacy.conversations().size(), imported[0], present[0]),
                new ChatImportReport.Counts(messages, imported[1], present[1]),
                new ChatImportReport.Counts(legacy.memories().size(), imported[2], present[2]),
                new ChatImportReport.Counts(legacy.files().size(), imported[3], present[3]),
                withoutContent(legacy),
                branches,
                quarantine.entries(),
                legacy.warnings(),
                v == null
                        ? null
                        : new ChatImportReport.Verification(
                                v.ok(),
                                v.conversationsChecked(),
                                v.memoriesChecked(),
                                v.filesChecked(),
                                v.mismatches()),
                (System.nanoTime() - started) / 1_000_000,
                rate);
    }
}
