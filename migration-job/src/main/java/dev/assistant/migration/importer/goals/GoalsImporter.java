package dev.assistant.migration.importer.goals;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.importer.Progress;
import dev.assistant.migration.importer.Quarantine;
import dev.assistant.migration.importer.goals.GoalsImportReport.Conflict;
import dev.assistant.migration.importer.goals.GoalsImportReport.TableCounts;

/**
 * {@code import goals}: reads a legacy goals.db of any generation, writes it into goals-service's
 * schema for one owner (unless dry run), verifies what was stored against the source, and reports.
 */
public final class GoalsImporter {

    private final ConnectionSettings connection;
    private final String schema;
    private final PrintStream progressOut;

    public GoalsImporter(ConnectionSettings connection, String schema, PrintStream progressOut) {
        this.connection = connection;
        this.schema = schema;
        this.progressOut = progressOut;
    }

    /**
     * @param time how the file's naive timestamps are read (zone, and when the app switched to UTC)
     */
    public GoalsImportReport run(
            Path source, String owner, SourceTime time, Path quarantineDir, boolean dryRun)
            throws SQLException {
        long started = System.nanoTime();
        Path file = source.toAbsolutePath();
        Quarantine quarantine = new Quarantine(file.getParent(), quarantineDir, dryRun);
        GoalsMapper.Mapping mapping;
        try (LegacyDatabase db = LegacyDatabase.open(file)) {
            mapping = new GoalsMapper(db, owner, time, quarantine).map();
        }
        long total = mapping.totalRows();
        progressOut.printf(
                "[import goals] read %s in %.1f s: generation %s, %,d rows to write, %,d quarantined, %,d recovered references%n",
                file.getFileName(),
                (System.nanoTime() - started) / 1e9,
                mapping.generation(),
                total,
                quarantine.entries().size(),
                mapping.recovered().size());
        Map<String, TableCounts> tables = new LinkedHashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        GoalsImportReport.Verification verification = null;
        double rate = 0;
        if (dryRun) {
            mapping.rows()
                    .forEach(
                            (t, rows) ->
                                    tables.put(
                                            t.table,
                                            new TableCounts(
                                                    rows.size(), 0, 0, 0, recovered(mapping, t))));
        } else {
            Progress progress = new Progress("import goals", "rows", total, "rows", progressOut);
            try (GoalsImportWriter writer = new GoalsImportWriter(connection, schema)) {
                for (Map.Entry<TargetTable, List<TargetRow>> e : mapping.rows().entrySet()) {
                    GoalsImportWriter.Outcome outcome =
                            writer.write(e.getKey(), e.getValue(), n -> progress.advance(n, n));
                    conflicts.addAll(outcome.conflicts());
                    tables.put(
                            e.getKey().table,
                            new TableCounts(
                                    e.getValue().size(),
                                    outcome.imported(),
                                    outcome.alreadyPresent(),
                                    outcome.conflicts().size(),
                                    recovered(mapping, e.getKey())));
                }
                Set<String> conflictKeys = new HashSet<>();
                conflicts.forEach(c -> conflictKeys.add(c.table() + ":" + c.key()));
                progress.finish();
                long verifying = System.nanoTime();
                verification =
                        GoalsImportVerifier.verify(
                                writer.connection(), owner, mapping, conflictKeys);
                progressOut.printf(
                        "[import goals] verified in %.1f s: %s%n",
                        (System.nanoTime() - verifying) / 1e9,
                        verification.ok() ? "ok" : verification.mismatches());
            }
            rate = progress.secondaryPerSecond();
        }
        quarantine.writeReport();
        return new GoalsImportReport(
                source.toString(),
                owner,
                dryRun,
                mapping.generation().name(),
                time.zone().getId(),
                time.utcSince() == null ? null : time.utcSince().toString(),
                mapping.drift(),
                mapping.sources(),
                tables,
                mapping.recovered(),
                conflicts,
                mapping.timeFlags(),
                quarantine.entries(),
                mapping.warnings(),
                verification,
                (System.nanoTime() - started) / 1_000_000,
                rate);
    }

    private static long recovered(GoalsMapper.Mapping mapping, TargetTable table) {
        return mapping.recoveredRows().getOrDefault(table, 0L);
    }
}
