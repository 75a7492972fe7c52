package dev.assistant.migration.importer.goals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import dev.assistant.migration.importer.goals.GoalsImportReport.SourceCounts;
import dev.assistant.migration.importer.goals.GoalsImportReport.TableCheck;
import dev.assistant.migration.importer.goals.GoalsImportReport.Verification;

/**
 * Re-reads what the import stored and compares it with the source: every legacy table's rows
 * accounted for (mapped, merged or quarantined), and per goals-service table the number of rows and
 * a sha256 over (legacy id or key, content column) of every row the file maps to, computed the same
 * way from the mapping and from the stored rows. Rows reported as conflicts (another import's row
 * kept) are left out of the checksum, since by design they hold the other import's values.
 */
final class GoalsImportVerifier {

    private GoalsImportVerifier() {}

    static Verification verify(
            Connection db, String owner, GoalsMapper.Mapping mapping, Set<String> conflictKeys)
            throws SQLException {
        return verify(List.of(db), owner, mapping, expected(mapping), conflictKeys);
    }

    /**
     * As {@link #verify(Connection, String, GoalsMapper.Mapping, Set)}, with the source side
     * computed beforehand ({@link #expected}, which needs no database and so can run while the rows
     * are written) and the stored side read over the given connections, a table at a time each, in
     * parallel.
     */
    static Verification verify(
            List<Connection> dbs,
            String owner,
            GoalsMapper.Mapping mapping,
            Map<TargetTable, Sums> expected,
            Set<String> conflictKeys)
            throws SQLException {
        List<String> mismatches = new ArrayList<>();
        mapping.sources()
                .forEach(
                        (table, c) -> {
                            if (!c.accountedFor()) {
                                mismatches.add(unaccounted(table, c));
                            }
                        });
        List<TargetTable> tables = List.copyOf(mapping.rows().keySet());
        Map<TargetTable, Sums> wanted = new EnumMap<>(TargetTable.class);
        for (TargetTable table : tables) {
            wanted.put(
                    table,
                    conflicts(table, conflictKeys)
                            ? expected(table, mapping.rows().get(table), conflictKeys)
                            : expected.get(table));
        }
        Map<TargetTable, Sums> stored = storedInParallel(dbs, owner, wanted);
        Map<String, TableCheck> checks = new LinkedHashMap<>();
        for (TargetTable table : tables) {
            Sums source = wanted.get(table);
            Sums found = stored.get(table);
            boolean ok =
                    source.count() == found.count() && source.checksum().equals(found.checksum());
            if (!ok) {
                mismatches.add(
                        table.table
                                + ": "
                                + source.count()
                                + " rows from the source, "
                                + found.count()
                                + " stored"
                                + (source.count() == found.count() ? ", content differs" : ""));
            }
            checks.put(
                    table.table,
                    new TableCheck(source.count(), found.count(), found.checksum(), ok));
        }
        return new Verification(mismatches.isEmpty(), checks, mismatches);
    }

    /** Row count, checksum and the names (legacy ids, or keys of link rows) of one table's rows. */
    record Sums(long count, String checksum, Set<String> names) {}

    /** The source side of every table, as if no row were a conflict. */
    static Map<TargetTable, Sums> expected(GoalsMapper.Mapping mapping) {
        Map<TargetTable, Sums> out = new EnumMap<>(TargetTable.class);
        mapping.rows().forEach((table, rows) -> out.put(table, expected(table, rows, Set.of())));
        return out;
    }

    private static Sums expected(
            TargetTable table, List<TargetRow> rows, Set<String> conflictKeys) {
        List<String> lines = new ArrayList<>(rows.size());
        Set<String> names = new HashSet<>(rows.size() * 2);
        for (TargetRow row : rows) {
            if (conflictKeys.isEmpty() || !conflictKeys.contains(table.table + ":" + row.key())) {
                String name = name(row);
                if (names.add(name)) {
                    lines.add(line(name, content(table, row.values.get(table.content))));
                }
            }
        }
        return new Sums(lines.size(), checksum(lines), names);
    }

    private static boolean conflicts(TargetTable table, Set<String> conflictKeys) {
        String prefix = table.table + ":";
        return conflictKeys.stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static Map<TargetTable, Sums> storedInParallel(
            List<Connection> dbs, String owner, Map<TargetTable, Sums> wanted) throws SQLException {
        Queue<TargetTable> pending = new ConcurrentLinkedQueue<>(wanted.keySet());
        Map<TargetTable, Sums> out = new ConcurrentHashMap<>();
        Workers.run(
                dbs.size(),
                (worker, stop) -> {
                    for (TargetTable t = pending.poll();
                            t != null && !stop.requested();
                            t = pending.poll()) {
                        out.put(t, stored(dbs.get(worker), owner, t, wanted.get(t).names()));
                    }
                });
        return out;
    }

    private static String unaccounted(String table, SourceCounts c) {
        return table
                + ": "
                + c.found()
                + " rows found, "
                + (c.mapped() + c.merged() + c.quarantined())
                + " accounted for";
    }

    private static String name(TargetRow row) {
        return row.table.isLink() ? row.key() : row.legacyId;
    }

    private static String content(TargetTable table, Object value) {
        return table.isLink() ? "" : GoalsImportWriter.text(value);
    }

    /**
     * The owner's stored rows of the table that carry one of the given names: one scan of the
     * owner's rows (most tables have no index on legacy_id), filtered here.
     */
    private static Sums stored(Connection db, String owner, TargetTable table, Set<String> wanted)
            throws SQLException {
        String name =
                table.isLink()
                        ? table.key.stream()
                                .map(k -> k + "::text")
                                .collect(Collectors.joining(" || '/' || "))
                        : "legacy_id";
        String sql =
                "SELECT "
                        + name
                        + ", "
                        + (table.isLink() ? "NULL" : table.content)
                        + " FROM "
                        + table.table
                        + " WHERE owner_id = ?";
        List<String> lines = new ArrayList<>(wanted.size());
        Set<String> seen = new HashSet<>(wanted.size() * 2);
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setFetchSize(10_000);
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String found = rs.getString(1);
                    if (wanted.contains(found) && seen.add(found)) {
                        lines.add(line(found, content(table, rs.getObject(2))));
                    }
                }
            }
        }
        db.commit();
        return new Sums(lines.size(), checksum(lines), seen);
    }

    private static String line(String name, String content) {
        return name + '\u001f' + content + '\u001e';
    }

    /**
     * sha256 over the "name US content RS" lines in order (names are unique per table, so sorting
     * the lines sorts the names), the same function for the source and the stored side.
     */
    static String checksum(List<String> lines) {
        String[] sorted = lines.toArray(String[]::new);
        Arrays.sort(sorted);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // The lines' UTF-8 in chunks: one digest update per line costs more than the hashing.
            StringBuilder chunk = new StringBuilder(1 << 16);
            for (String line : sorted) {
                chunk.append(line);
                if (chunk.length() >= 1 << 15) {
                    sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
                    chunk.setLength(0);
                }
            }
            sha.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
