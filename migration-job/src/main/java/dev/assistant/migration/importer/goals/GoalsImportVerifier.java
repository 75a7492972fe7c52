package dev.assistant.migration.importer.goals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        List<String> mismatches = new ArrayList<>();
        mapping.sources()
                .forEach(
                        (table, c) -> {
                            if (!c.accountedFor()) {
                                mismatches.add(unaccounted(table, c));
                            }
                        });
        Map<String, TableCheck> checks = new LinkedHashMap<>();
        for (Map.Entry<TargetTable, List<TargetRow>> entry : mapping.rows().entrySet()) {
            TargetTable table = entry.getKey();
            Map<String, String> expected = new TreeMap<>();
            for (TargetRow row : entry.getValue()) {
                if (!conflictKeys.contains(table.table + ":" + row.key())) {
                    expected.put(name(row), content(table, row.values.get(table.content)));
                }
            }
            Map<String, String> stored = stored(db, owner, table, List.copyOf(expected.keySet()));
            String expectedSum = checksum(expected);
            String storedSum = checksum(stored);
            boolean ok = expected.size() == stored.size() && expectedSum.equals(storedSum);
            if (!ok) {
                mismatches.add(
                        table.table
                                + ": "
                                + expected.size()
                                + " rows from the source, "
                                + stored.size()
                                + " stored"
                                + (expected.size() == stored.size() ? ", content differs" : ""));
            }
            checks.put(table.table, new TableCheck(expected.size(), stored.size(), storedSum, ok));
        }
        return new Verification(mismatches.isEmpty(), checks, mismatches);
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
    private static Map<String, String> stored(
            Connection db, String owner, TargetTable table, List<String> names)
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
        Set<String> wanted = new HashSet<>(names);
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setFetchSize(10_000);
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (wanted.contains(rs.getString(1))) {
                        out.put(rs.getString(1), content(table, rs.getObject(2)));
                    }
                }
            }
        }
        db.commit();
        return out;
    }

    /** sha256 over "name US content" lines in name order. */
    static String checksum(Map<String, String> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(
                    (name, content) ->
                            sha.update(
                                    (name + '\u001f' + content + '\u001e')
                                            .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
