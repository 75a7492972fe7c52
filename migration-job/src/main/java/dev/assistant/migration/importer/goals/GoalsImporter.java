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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * Connections writing a table's batches side by side by default: the database does most of the
     * work (foreign-key checks, index upkeep), and two backends keep a 2-core machine busy.
     */
    public static final int DEFAULT_WRITERS = 2;

    private final ConnectionSettings connection;
    private final String schema;
    private final PrintStream progressOut;
    private final int writerCount;
    private final int rowsPerTransaction;

    public GoalsImporter(ConnectionSettings connection, String schema, PrintStream progressOut) {
        this(connection, schema, progressOut, DEFAULT_WRITERS);
    }

    public GoalsImporter(
            ConnectionSettings connection, String schema, PrintStream progressOut, int writers) {
        this(connection, schema, progressOut, writers, GoalsImportWriter.ROWS_PER_TRANSACTION);
    }

    /** With batches of {@code rowsPerTransaction} rows (tests use tiny ones). */
    GoalsImporter(
            ConnectionSettings connection,
            String schema,
            PrintStream progressOut,
            int writers,
            int rowsPerTransaction) {
        if (writers < 1) {
            throw new IllegalArgumentException("--writers must be at least 1");
        }
        this.connection = connection;
        this.schema = schema;
        this.progressOut = progressOut;
        this.writerCount = writers;
        this.rowsPerTransaction = rowsPerTransaction;
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
            // The source side of the verification needs no database: computed while writing.
            GoalsMapper.Mapping mapped = mapping;
            CompletableFuture<Map<TargetTable, GoalsImportVerifier.Sums>> expected =
                    CompletableFuture.supplyAsync(
                            () -> GoalsImportVerifier.expected(mapped), runOnNewThread());
            try (Writers open = new Writers(connection, schema, writerCount)) {
                List<GoalsImportWriter> writers = open.list;
                for (Map.Entry<TargetTable, List<TargetRow>> e : mapping.rows().entrySet()) {
                    GoalsImportWriter.Outcome outcome =
                            write(writers, e.getKey(), e.getValue(), progress);
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
                                writers.stream().map(GoalsImportWriter::connection).toList(),
                                owner,
                                mapping,
                                expected.join(),
                                conflictKeys);
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

    /**
     * One table's rows, its batches shared out to the writers (each batch its own transaction on
     * one writer's connection; in order on one writer when its rows refer to each other); returns
     * when all are written, so the next table's rows find every row they refer to. The outcome adds
     * up the batches in their order.
     */
    private GoalsImportWriter.Outcome write(
            List<GoalsImportWriter> writers,
            TargetTable table,
            List<TargetRow> rows,
            Progress progress)
            throws SQLException {
        List<List<TargetRow>> batches = GoalsImportWriter.batches(rows, rowsPerTransaction);
        GoalsImportWriter.Outcome[] outcomes = new GoalsImportWriter.Outcome[batches.size()];
        AtomicInteger next = new AtomicInteger();
        int side = table.refersToItself() ? 1 : Math.min(writers.size(), batches.size());
        Workers.run(
                Math.max(1, side),
                (worker, stop) -> {
                    for (int i = next.getAndIncrement();
                            i < batches.size() && !stop.requested();
                            i = next.getAndIncrement()) {
                        outcomes[i] = writers.get(worker).writeBatch(table, batches.get(i));
                        progress.advance(batches.get(i).size(), batches.get(i).size());
                    }
                });
        GoalsImportWriter.Outcome total = GoalsImportWriter.Outcome.NONE;
        for (GoalsImportWriter.Outcome outcome : outcomes) {
            total = total.plus(outcome);
        }
        return total;
    }

    private static java.util.concurrent.Executor runOnNewThread() {
        return task -> Thread.ofPlatform().name("import-goals-verify").start(task);
    }

    /** The writers' connections, opened together and closed together. */
    private static final class Writers implements AutoCloseable {

        final List<GoalsImportWriter> list = new ArrayList<>();

        Writers(ConnectionSettings connection, String schema, int count) throws SQLException {
            try {
                for (int i = 0; i < count; i++) {
                    list.add(new GoalsImportWriter(connection, schema));
                }
            } catch (SQLException e) {
                close(e);
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException first = close(null);
            if (first != null) {
                throw first;
            }
        }

        /** Closes every writer; the failures after the first are added to it. */
        private SQLException close(SQLException earlier) {
            SQLException first = earlier;
            for (GoalsImportWriter writer : list) {
                try {
                    writer.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            return earlier == null ? first : null;
        }
    }

    private static long recovered(GoalsMapper.Mapping mapping, TargetTable table) {
        return mapping.recoveredRows().getOrDefault(table, 0L);
    }
}
