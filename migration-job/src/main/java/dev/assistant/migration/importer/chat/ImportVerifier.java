package dev.assistant.migration.importer.chat;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Re-reads what the import wrote and compares it with the source: per conversation the message
 * count and a sha256 over (sequence, role, content) of every message in order, computed the same
 * way in Java and in PostgreSQL; per memory a sha256 over title and content; per file its sha256,
 * or for a record without content (a sidecar whose image is gone: nothing to compare) that it is
 * stored and still marked contentMissing.
 */
final class ImportVerifier {

    private static final String CONVERSATIONS =
            """
            SELECT conversation_id, count(*) AS n,
                   encode(sha256(convert_to(string_agg(sequence || chr(31) || role || chr(31) || content, chr(30) ORDER BY sequence), 'UTF8')), 'hex') AS sum
            FROM messages WHERE conversation_id = ANY(?) GROUP BY conversation_id""";
    private static final String MEMORIES =
            """
            SELECT id, encode(sha256(convert_to(title || chr(31) || content, 'UTF8')), 'hex') AS sum FROM memories WHERE id = ANY(?)""";
    private static final String FILES =
            """
            SELECT id, sha256, coalesce(metadata->>'contentMissing', 'false') AS content_missing FROM files WHERE id = ANY(?)""";

    record Result(
            int conversationsChecked,
            int memoriesChecked,
            int filesChecked,
            List<String> mismatches) {
        boolean ok() {
            return mismatches.isEmpty();
        }
    }

    private ImportVerifier() {}

    static Result verify(
            Connection db,
            List<LegacyRecords.Conversation> conversations,
            List<LegacyRecords.Memory> memories,
            Map<UUID, String> fileShas)
            throws SQLException {
        // fileShas: a null sha256 is a record without content.
        List<String> mismatches = new ArrayList<>();
        Map<UUID, String[]> actual =
                query(
                        db,
                        CONVERSATIONS,
                        conversations.stream().map(LegacyRecords.Conversation::id).toList(),
                        2);
        for (LegacyRecords.Conversation c : conversations) {
            String[] found = actual.get(c.id());
            String expectedCount = String.valueOf(c.messages().size());
            String foundCount = found == null ? "0" : found[0];
            if (!expectedCount.equals(foundCount)) {
                mismatches.add(
                        "conversation "
                                + c.legacyId()
                                + ": "
                                + expectedCount
                                + " messages in the source, "
                                + foundCount
                                + " stored");
            } else if (!c.messages().isEmpty() && !checksum(c).equals(found[1])) {
                mismatches.add(
                        "conversation "
                                + c.legacyId()
                                + ": message content differs from the source");
            }
        }
        Map<UUID, String[]> memorySums =
                query(db, MEMORIES, memories.stream().map(LegacyRecords.Memory::id).toList(), 1);
        for (LegacyRecords.Memory m : memories) {
            String[] found = memorySums.get(m.id());
            if (found == null
                    || !ChatImportWriter.sha256(
                                    (m.title() + '\u001f' + m.content())
                                            .getBytes(StandardCharsets.UTF_8))
                            .equals(found[0])) {
                mismatches.add(
                        "memory "
                                + m.legacyId()
                                + ": "
                                + (found == null
                                        ? "not stored"
                                        : "content differs from the source"));
            }
        }
        Map<UUID, String[]> stored = query(db, FILES, List.copyOf(fileShas.keySet()), 2);
        fileShas.forEach(
                (id, sha) -> {
                    String[] found = stored.get(id);
                    if (found == null) {
                        mismatches.add("file " + id + ": not stored");
                    } else if (sha == null && !found[1].equals("true")) {
                        mismatches.add(
                                "file "
                                        + id
                                        + ": the source has no content, the record is not marked"
                                        + " contentMissing");
                    } else if (sha != null && !found[0].equals(sha)) {
                        mismatches.add("file " + id + ": content differs from the source");
                    }
                });
        return new Result(conversations.size(), memories.size(), fileShas.size(), mismatches);
    }

    /** The same sum PostgreSQL computes in CONVERSATIONS. */
    static String checksum(LegacyRecords.Conversation c) {
        StringBuilder all = new StringBuilder();
        for (LegacyRecords.Message m : c.messages()) {
            if (!all.isEmpty()) {
                all.append('\u001e');
            }
            all.append(m.sequence())
                    .append('\u001f')
                    .append(m.role())
                    .append('\u001f')
                    .append(m.content());
        }
        return ChatImportWriter.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<UUID, String[]> query(Connection db, String sql, List<UUID> ids, int columns)
            throws SQLException {
        Map<UUID, String[]> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            try (PreparedStatement s = db.prepareStatement(sql)) {
                Array array = db.createArrayOf("uuid", chunk.toArray());
                s.setArray(1, array);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String[] values = new String[columns];
                        for (int i = 0; i < columns; i++) {
                            values[i] = rs.getString(i + 2);
                        }
                        out.put((UUID) rs.getObject(1), values);
                    }
                }
            }
        }
        return out;
    }
}
