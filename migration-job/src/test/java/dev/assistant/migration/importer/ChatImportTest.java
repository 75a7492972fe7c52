package dev.assistant.migration.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.assistant.events.EventCatalog;
import dev.assistant.events.EventJson;
import dev.assistant.events.EventType;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.migration.core.ProjectMigrations;
import dev.assistant.migration.core.ScratchDatabase;
import dev.assistant.migration.core.ServiceSchema;
import dev.assistant.migration.importer.chat.ChatImportReport;
import dev.assistant.migration.importer.chat.ChatImporter;
import dev.assistant.migration.migrate.BeforeApply;
import dev.assistant.migration.migrate.MigrateOptions;
import dev.assistant.migration.migrate.Migrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.assistant.migration.core.ScratchDatabase.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy chat import against the real PostgreSQL, on a tree with every layout and every kind of
 * broken file.
 */
class ChatImportTest {

    /** sha256 of zero bytes: what a record without content is stored as. */
    private static final String EMPTY_SHA256 =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir Path temp;

    private Path source;
    private Path quarantine;
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeEach
    void freshSchema() throws Exception {
        ScratchDatabase.dropSchema("chat");
        new Migrator(ProjectMigrations.of(ServiceSchema.CHAT), SETTINGS)
                .migrate(MigrateOptions.defaults(), BeforeApply.NOTHING);
        source = LegacyChatTree.write(Files.createDirectories(temp.resolve("legacy")));
        quarantine = temp.resolve("quarantine");
    }

    private ChatImportReport importOnce(boolean dryRun) throws Exception {
        return new ChatImporter(SETTINGS, "chat", new PrintStream(progress, true))
                .run(source, "legacy", quarantine, dryRun);
    }

    @Test
    void importsEveryLayoutMapsEveryFieldQuarantinesTheBrokenAndVerifies() throws Exception {
        ChatImportReport report = importOnce(false);

        assertThat(report.conversations().imported()).isEqualTo(LegacyChatTree.CONVERSATIONS);
        assertThat(report.messages().imported()).isEqualTo(LegacyChatTree.MESSAGES);
        assertThat(report.memories().imported()).isEqualTo(LegacyChatTree.MEMORIES);
        assertThat(report.files().imported()).isEqualTo(LegacyChatTree.FILES);
        assertThat(report.quarantined()).hasSize(LegacyChatTree.QUARANTINED);
        assertThat(report.quarantined())
                .extracting(Quarantine.Entry::reason)
                .anySatisfy(r -> assertThat(r).contains("invalid JSON"))
                .anySatisfy(r -> assertThat(r).contains("not valid UTF-8"))
                .anySatisfy(r -> assertThat(r).contains("'messages' is not a list"))
                .anySatisfy(r -> assertThat(r).contains("duplicate conversation id"))
                .anySatisfy(r -> assertThat(r).contains("role 'robot'"))
                .anySatisfy(r -> assertThat(r).contains("content is missing or not text"))
                .noneMatch(r -> r.contains("sidecar"));
        // A sidecar whose image is gone is imported as a record without content, and reported.
        assertThat(report.filesWithoutContent()).isEqualTo(LegacyChatTree.FILES_WITHOUT_CONTENT);
        assertThat(report.warnings())
                .anySatisfy(
                        w ->
                                assertThat(w)
                                        .contains(
                                                "Storage/Image_Gen/generated_20251104_080000.json: sidecar without its image")
                                        .contains(LegacyChatTree.ORPHAN_IMAGE))
                .anySatisfy(w -> assertThat(w).contains(LegacyChatTree.ORPHAN_MEMORY_IMAGE))
                .anySatisfy(w -> assertThat(w).contains("importance \"high\""))
                .anySatisfy(
                        w ->
                                assertThat(w)
                                        .contains(
                                                "index says conversation "
                                                        + LegacyChatTree.CONV_A));
        assertThat(report.verification().ok())
                .as("%s", report.verification().mismatches())
                .isTrue();
        assertThat(report.branchesLinked()).isEqualTo(1);
        assertThat(Files.readString(quarantine.resolve("REPORT.json"))).contains("truncated.json");
        assertThat(quarantine.resolve("files/data/conversations/bad_utf8.json")).exists();
        assertThat(progress.toString()).contains("[import chat]").contains("messages/s");

        try (Connection db = ScratchDatabase.connect();
                Statement s = db.createStatement()) {
            ResultSet a =
                    s.executeQuery(
                            "SELECT * FROM chat.conversations WHERE metadata->'legacy'->>'id' = '"
                                    + LegacyChatTree.CONV_A
                                    + "'");
            assertThat(a.next()).isTrue();
            assertThat(a.getString("owner_id")).isEqualTo("lan");
            assertThat(a.getString("title")).isEqualTo("Hỏi về Hà Nội 😊");
            assertThat(a.getString("metadata"))
                    .contains("\"unknown_field\": {\"kept\": true}")
                    .contains("\"session_id\": \"s-1\"");
            assertThat(a.getLong("last_sequence")).isEqualTo(6);
            assertThat(a.getLong("message_count")).isEqualTo(4);
            assertThat(a.getObject("created_at", OffsetDateTime.class).toInstant())
                    .hasToString("2025-11-01T10:00:00Z");

            assertThat(
                            column(
                                    s,
                                    "SELECT string_agg(sequence || ':' || role || ':' || content, '|' ORDER BY sequence) FROM chat.messages m"
                                            + " JOIN chat.conversations c ON c.id = m.conversation_id WHERE c.metadata->'legacy'->>'id' = '"
                                            + LegacyChatTree.CONV_A
                                            + "'"))
                    .isEqualTo(
                            "1:user:Xin chào! 😊|2:assistant:Chào bạn|4:user:42|6:user:with an embedding");
            assertThat(
                            column(
                                    s,
                                    "SELECT metadata->'legacy'->>'embedding' FROM chat.messages WHERE content = 'with an embedding'"))
                    .isEqualTo("[0.1, 0.2, 0.3]");
            assertThat(column(s, "SELECT model FROM chat.messages WHERE content = 'Here it is'"))
                    .isEqualTo("deepseek");
            assertThat(
                            column(
                                    s,
                                    "SELECT owner_id FROM chat.conversations WHERE title = 'Layout B'"))
                    .isEqualTo("minh");
            assertThat(
                            column(
                                    s,
                                    "SELECT p.title || '@' || c.branched_from_sequence FROM chat.conversations c JOIN chat.conversations p"
                                            + " ON p.id = c.parent_id WHERE c.title = 'Other way'"))
                    .isEqualTo("Hỏi về Hà Nội 😊@2");
            assertThat(
                            column(
                                    s,
                                    "SELECT title FROM chat.conversations WHERE metadata->'legacy'->>'title' = 'Named by its file'"))
                    .isEqualTo("Named by its file");

            assertThat(
                            column(
                                    s,
                                    "SELECT owner_id || '|' || (conversation_id IS NOT NULL) || '|' || mime_type || '|' || (metadata->'legacy'->'parameters'->>'seed')"
                                            + " FROM chat.files WHERE name = 'generated_20251101_100500.png'"))
                    .isEqualTo("lan|true|image/png|42");
            assertThat(
                            column(
                                    s,
                                    "SELECT owner_id || '|' || mime_type FROM chat.files WHERE name = 'generated_20251102_090000_1.png'"))
                    .isEqualTo("minh|image/jpeg");
            // The sidecars without their image: a record each, with the prompt and parameters, the
            // marker, zero bytes (the sha256 of nothing) and the owner the image would have had.
            assertThat(
                            column(
                                    s,
                                    "SELECT owner_id || '|' || (conversation_id IS NOT NULL) || '|' || mime_type || '|' || size_bytes || '|' || sha256"
                                            + " || '|' || (metadata->>'contentMissing') || '|' || (metadata->'legacy'->>'prompt')"
                                            + " || '|' || (metadata->'legacy'->'parameters'->>'seed') || '|' || (metadata->>'source')"
                                            + " FROM chat.files WHERE name = '"
                                            + LegacyChatTree.ORPHAN_IMAGE
                                            + "'"))
                    .isEqualTo(
                            "minh|true|image/png|0|"
                                    + EMPTY_SHA256
                                    + "|true|Phố cổ lúc bình minh|4242|Storage/Image_Gen/generated_20251104_080000.json");
            assertThat(
                            column(
                                    s,
                                    "SELECT owner_id || '|' || mime_type || '|' || (metadata->>'contentMissing') || '|' || (metadata->'legacy'->'metadata'->>'prompt')"
                                            + " || '|' || (metadata->>'memoryId' IS NOT NULL) FROM chat.files WHERE name = '"
                                            + LegacyChatTree.ORPHAN_MEMORY_IMAGE
                                            + "'"))
                    .isEqualTo("legacy|image/png|true|Hồ Tây|true");
            assertThat(
                            column(
                                    s,
                                    "SELECT count(*) FROM chat.files WHERE metadata->>'contentMissing' = 'true'"))
                    .isEqualTo(String.valueOf(LegacyChatTree.FILES_WITHOUT_CONTENT));
            assertThat(
                            column(
                                    s,
                                    "SELECT (p.payload->>'sizeBytes') || '|' || coalesce(p.payload->>'text', 'null') || '|' || (p.payload->'metadata'->>'contentMissing')"
                                            + " || '|' || (p.payload->'metadata'->'legacy'->>'prompt') FROM chat.outbox p"
                                            + " WHERE p.event_type = '"
                                            + ChatEvents.FILE_UPLOADED.name()
                                            + "' AND p.payload->>'name' = '"
                                            + LegacyChatTree.ORPHAN_IMAGE
                                            + "'"))
                    .isEqualTo("0|null|true|Phố cổ lúc bình minh");
            assertThat(
                            column(
                                    s,
                                    "SELECT importance || '|' || content FROM chat.memories WHERE title = 'Plants'"))
                    .isEqualTo("5|Water on Sundays");
            assertThat(
                            column(
                                    s,
                                    "SELECT content FROM chat.memories WHERE title = 'Ghi chú về Hà Nội 😊'"))
                    .isEqualTo("Phố cổ, Hồ Gươm");
            assertThat(
                            column(
                                    s,
                                    "SELECT count(*) FROM chat.users WHERE id IN ('lan', 'minh', 'legacy')"))
                    .isEqualTo("3");
            assertThat(column(s, "SELECT count(*) FROM chat.outbox WHERE lane = 'bulk'"))
                    .isEqualTo(
                            String.valueOf(
                                    LegacyChatTree.CONVERSATIONS
                                            + LegacyChatTree.MESSAGES
                                            + LegacyChatTree.MEMORIES
                                            + LegacyChatTree.FILES
                                            + report.branchesLinked())); // a linked branch
            // announces its parent
            // (conversation.updated)
        }
    }

    /**
     * The importer publishes the same events as the live API: the contract's types, strictly, field
     * for field.
     */
    @Test
    void importedEventsMatchTheContractFieldForField() throws Exception {
        importOnce(false);
        Set<String> types = new HashSet<>();
        try (Connection c = ScratchDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT event_type, aggregate_type, aggregate_id, owner_id, payload::text FROM chat.outbox")) {
            while (rs.next()) {
                EventType<?> type = EventCatalog.byName(rs.getString(1)).orElseThrow();
                String json = rs.getString(5);
                EventJson.readStrict(type, json);
                assertThat(LegacyJson.MAPPER.readTree(json).properties())
                        .extracting(Map.Entry::getKey)
                        .as(type.name())
                        .containsExactlyInAnyOrderElementsOf(type.fields());
                assertThat(rs.getString(2)).isEqualTo(type.aggregateType());
                types.add(type.name());
            }
        }
        assertThat(types)
                .contains(
                        ChatEvents.CONVERSATION_CREATED.name(),
                        ChatEvents.CONVERSATION_UPDATED.name(),
                        ChatEvents.MESSAGE_POSTED.name(),
                        ChatEvents.MEMORY_SAVED.name(),
                        ChatEvents.FILE_UPLOADED.name());
    }

    @Test
    void aSecondRunChangesNothing() throws Exception {
        importOnce(false);
        String before = snapshot();
        ChatImportReport again = importOnce(false);
        assertThat(again.conversations().imported()).isZero();
        assertThat(again.messages().imported()).isZero();
        assertThat(again.memories().imported()).isZero();
        assertThat(again.files().imported()).isZero();
        assertThat(again.conversations().alreadyPresent()).isEqualTo(LegacyChatTree.CONVERSATIONS);
        assertThat(again.verification().ok()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRunThatStoppedHalfWayIsFinishedByTheNext() throws Exception {
        importOnce(false);
        // The state a kill leaves: some committed groups, the rest missing.
        ScratchDatabase.execute(
                "DELETE FROM chat.conversations WHERE owner_id = 'minh' OR title = 'Other way'");
        ScratchDatabase.execute("DELETE FROM chat.memories WHERE title = 'Plants'");
        ChatImportReport resumed = importOnce(false);
        assertThat(resumed.conversations().imported()).isEqualTo(2);
        assertThat(resumed.memories().imported()).isEqualTo(1);
        assertThat(resumed.verification().ok()).isTrue();
        assertThat(ScratchDatabase.count("SELECT count(*) FROM chat.messages"))
                .isEqualTo(LegacyChatTree.MESSAGES);
    }

    @Test
    void dryRunReportsAndWritesNothing() throws Exception {
        ChatImportReport report = importOnce(true);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.conversations().found()).isEqualTo(LegacyChatTree.CONVERSATIONS);
        assertThat(report.messages().found()).isEqualTo(LegacyChatTree.MESSAGES);
        assertThat(report.quarantined()).hasSize(LegacyChatTree.QUARANTINED);
        assertThat(report.files().found()).isEqualTo(LegacyChatTree.FILES);
        assertThat(report.filesWithoutContent()).isEqualTo(LegacyChatTree.FILES_WITHOUT_CONTENT);
        assertThat(ScratchDatabase.count("SELECT count(*) FROM chat.conversations")).isZero();
        assertThat(quarantine).doesNotExist();
    }

    @Test
    void verificationCatchesADifferenceFromTheSource() throws Exception {
        importOnce(false);
        ScratchDatabase.execute(
                "UPDATE chat.messages SET content = 'tampered' WHERE content = 'Chào bạn'");
        ChatImportReport again = importOnce(false);
        assertThat(again.verification().ok()).isFalse();
        assertThat(again.verification().mismatches())
                .singleElement()
                .asString()
                .contains(LegacyChatTree.CONV_A);
    }

    @Test
    void verificationChecksThatARecordWithoutContentKeepsItsMarker() throws Exception {
        importOnce(false);
        ScratchDatabase.execute(
                "UPDATE chat.files SET metadata = metadata - 'contentMissing' WHERE name = '"
                        + LegacyChatTree.ORPHAN_IMAGE
                        + "'");
        ChatImportReport again = importOnce(false);
        assertThat(again.verification().ok()).isFalse();
        assertThat(again.verification().mismatches())
                .singleElement()
                .asString()
                .contains("not marked contentMissing");
    }

    private static String snapshot() throws Exception {
        try (Connection db = ScratchDatabase.connect();
                Statement s = db.createStatement()) {
            return column(
                    s,
                    """
                    SELECT (SELECT count(*) FROM chat.conversations) || '/' || (SELECT count(*) FROM chat.messages) || '/'
                        || (SELECT count(*) FROM chat.memories) || '/' || (SELECT count(*) FROM chat.files) || '/'
                        || (SELECT count(*) FROM chat.file_contents) || '/' || (SELECT count(*) FROM chat.outbox) || '/'
                        || (SELECT max(updated_at) FROM chat.conversations)""");
        }
    }

    private static String column(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
