package dev.assistant.migration.importer.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.assistant.events.EventType;
import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.ConversationState;
import dev.assistant.events.chat.ChatEvents.FileUploaded;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.events.chat.ChatEvents.MessagePosted;
import dev.assistant.events.outbox.Lane;
import dev.assistant.events.outbox.OutboxRow;
import dev.assistant.events.outbox.OutboxSql;
import dev.assistant.migration.core.ConnectionSettings;
import dev.assistant.migration.importer.LegacyJson;

/**
 * Writes imported records into chat-service's schema over JDBC (migration-job is the one place
 * blocking JDBC is allowed). Every insert is ON CONFLICT DO NOTHING on the deterministic id, so a
 * re-run changes nothing; each record that is new gets its event in the outbox (lane "bulk", so the
 * relay drains it without delaying live events). Conversations are written in groups of about 2000
 * messages per transaction: a killed run loses at most the group in flight, and the next run
 * imports it.
 */
final class ChatImportWriter implements AutoCloseable {

    static final int MESSAGES_PER_TRANSACTION = 2000;

    private static final String CONVERSATION =
            """
            INSERT INTO conversations (id, owner_id, title, tags, template, metadata, message_count, last_sequence, last_message_at,
                                       created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""";
    private static final String MESSAGE =
            """
            INSERT INTO messages (id, conversation_id, owner_id, sequence, role, content, model, metadata, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (id) DO NOTHING""";
    private static final String MEMORY =
            """
            INSERT INTO memories (id, owner_id, title, content, importance, tags, metadata, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (id) DO NOTHING""";
    private static final String FILE_CONTENT =
            """
            INSERT INTO file_contents (owner_id, sha256, size_bytes, content) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String FILE =
            """
            INSERT INTO files (id, owner_id, name, mime_type, size_bytes, sha256, metadata, conversation_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, now()) ON CONFLICT (id) DO NOTHING""";
    private static final String USER =
            """
            INSERT INTO users (id, username) VALUES (?, ?) ON CONFLICT (id) DO NOTHING""";

    private final Connection connection;
    private final PreparedStatement conversation;
    private final PreparedStatement message;
    private final PreparedStatement outbox;
    private final PreparedStatement memory;
    private final PreparedStatement fileContent;
    private final PreparedStatement file;
    private int pendingMessages;

    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {};

    /** A file's sha256, and whether this run inserted it (false: an earlier run did). */
    record FileResult(String sha256, boolean inserted) {}

    ChatImportWriter(ConnectionSettings settings, String schema) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password() == null ? "" : settings.password());
        // One multi-row INSERT per batch instead of one statement per row: the import's speed.
        props.setProperty("reWriteBatchedInserts", "true");
        props.setProperty("ApplicationName", "migration-job import");
        connection = DriverManager.getConnection(settings.jdbcUrl(), props);
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path TO \"" + schema + "\", public");
            // The import is idempotent: a crash that loses the last unflushed commits is undone by
            // the
            // next run. So no waiting for the WAL flush on every commit (this session only).
            s.execute("SET synchronous_commit = off");
        }
        conversation = connection.prepareStatement(CONVERSATION);
        message = connection.prepareStatement(MESSAGE);
        outbox = connection.prepareStatement(OutboxSql.INSERT_JDBC);
        memory = connection.prepareStatement(MEMORY);
        fileContent = connection.prepareStatement(FILE_CONTENT);
        file = connection.prepareStatement(FILE);
    }

    void ensureUsers(Set<String> owners) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(USER)) {
            for (String owner : owners) {
                s.setString(1, owner);
                s.setString(2, owner);
                s.addBatch();
            }
            s.executeBatch();
        }
        connection.commit();
    }

    /** Number of messages written, or -1 when the conversation was imported by an earlier run. */
    int write(LegacyRecords.Conversation c) throws SQLException {
        List<LegacyRecords.Message> messages = c.messages();
        int lastSequence = messages.isEmpty() ? 0 : messages.getLast().sequence();
        conversation.setObject(1, c.id());
        conversation.setString(2, c.ownerId());
        conversation.setString(3, c.title());
        conversation.setArray(4, connection.createArrayOf("text", c.tags().toArray()));
        conversation.setString(5, c.template());
        conversation.setString(6, c.metadata().toString());
        conversation.setLong(7, messages.size());
        conversation.setLong(8, lastSequence);
        conversation.setObject(
                9,
                messages.isEmpty() ? null : messages.getLast().createdAt(),
                Types.TIMESTAMP_WITH_TIMEZONE);
        conversation.setObject(10, c.createdAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        conversation.setObject(11, c.updatedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        if (conversation.executeUpdate() == 0) {
            return -1; // imported by an earlier run
        }
        event(ChatEvents.CONVERSATION_CREATED, state(c, null));
        for (LegacyRecords.Message m : messages) {
            message.setObject(1, m.id());
            message.setObject(2, c.id());
            message.setString(3, c.ownerId());
            message.setLong(4, m.sequence());
            message.setString(5, m.role());
            message.setString(6, m.content());
            message.setString(7, m.model());
            message.setString(8, m.metadata().toString());
            message.setObject(9, m.createdAt(), Types.TIMESTAMP_WITH_TIMEZONE);
            message.setObject(10, m.createdAt(), Types.TIMESTAMP_WITH_TIMEZONE);
            message.addBatch();
            event(
                    ChatEvents.MESSAGE_POSTED,
                    new MessagePosted(
                            m.id(),
                            c.id(),
                            c.ownerId(),
                            m.sequence(),
                            m.role(),
                            m.content(),
                            m.model(),
                            m.createdAt().toInstant()));
        }
        message.executeBatch();
        outbox.executeBatch();
        pendingMessages += messages.size() + 1;
        if (pendingMessages >= MESSAGES_PER_TRANSACTION) {
            commit();
        }
        return messages.size();
    }

    boolean write(LegacyRecords.Memory m) throws SQLException {
        memory.setObject(1, m.id());
        memory.setString(2, m.ownerId());
        memory.setString(3, m.title());
        memory.setString(4, m.content());
        memory.setShort(5, (short) m.importance());
        memory.setArray(6, connection.createArrayOf("text", m.tags().toArray()));
        memory.setString(7, m.metadata().toString());
        memory.setObject(8, m.createdAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        memory.setObject(9, m.updatedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
        if (memory.executeUpdate() == 0) {
            return false;
        }
        event(
                ChatEvents.MEMORY_SAVED,
                new MemorySaved(
                        m.id(),
                        m.ownerId(),
                        m.title(),
                        m.content(),
                        m.importance(),
                        m.tags(),
                        m.createdAt().toInstant(),
                        m.updatedAt().toInstant()));
        outbox.executeBatch();
        pendingMessages++;
        return true;
    }

    /**
     * The content's sha256 (also for a file imported before, so it can be verified) and whether it
     * was new.
     *
     * <p>A record without content (a sidecar whose image is gone) is stored as zero bytes: size 0
     * and the sha256 of nothing, which files_content_fk needs in file_contents (one empty row per
     * owner, shared like any content, so no schema change); metadata.contentMissing tells it from
     * an empty upload, and chat-service answers its content with 410 (content-missing).
     */
    FileResult write(LegacyRecords.File f, String mimeType) throws SQLException {
        byte[] bytes;
        try {
            bytes = f.contentMissing() ? new byte[0] : Files.readAllBytes(f.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f.path(), e);
        }
        String sha = sha256(bytes);
        fileContent.setString(1, f.ownerId());
        fileContent.setString(2, sha);
        fileContent.setLong(3, bytes.length);
        fileContent.setBytes(4, bytes);
        fileContent.executeUpdate();
        file.setObject(1, f.id());
        file.setString(2, f.ownerId());
        file.setString(3, f.name());
        file.setString(4, mimeType);
        file.setLong(5, bytes.length);
        file.setString(6, sha);
        file.setString(7, f.metadata().toString());
        file.setObject(8, f.conversationId());
        boolean inserted = file.executeUpdate() == 1;
        if (inserted) {
            String text =
                    !f.contentMissing() && FileUploaded.carriesText(mimeType, bytes.length)
                            ? new String(bytes, StandardCharsets.UTF_8)
                            : null;
            event(
                    ChatEvents.FILE_UPLOADED,
                    new FileUploaded(
                            f.id(),
                            f.ownerId(),
                            f.name(),
                            mimeType,
                            bytes.length,
                            sha,
                            f.conversationId(),
                            LegacyJson.MAPPER.convertValue(f.metadata(), METADATA),
                            text));
            outbox.executeBatch();
        }
        pendingMessages++;
        if (pendingMessages >= MESSAGES_PER_TRANSACTION) {
            commit();
        }
        return new FileResult(sha, inserted);
    }

    /**
     * Legacy branches: a conversation branched from another gets parent_id and its branch point,
     * and a conversation.updated event with its parent, as the API announces a branch.
     */
    int linkBranches(
            List<LegacyRecords.Conversation> conversations, Map<String, UUID> idsByLegacyId)
            throws SQLException {
        Map<UUID, LegacyRecords.Conversation> byId = new HashMap<>();
        conversations.forEach(c -> byId.put(c.id(), c));
        int linked = 0;
        try (PreparedStatement s =
                connection.prepareStatement(
                        "UPDATE conversations SET parent_id = ?, branched_from_sequence = coalesce(?, branched_from_sequence)"
                                + " WHERE id = ? AND parent_id IS DISTINCT FROM ?")) {
            for (LegacyRecords.Conversation c : conversations) {
                UUID parent =
                        c.parentLegacyId() == null ? null : idsByLegacyId.get(c.parentLegacyId());
                if (parent != null && link(s, c.id(), parent, null)) {
                    linked++;
                    event(ChatEvents.CONVERSATION_UPDATED, state(c, parent));
                }
                for (LegacyRecords.Branch b : c.branches()) {
                    UUID child = idsByLegacyId.get(b.branchLegacyId());
                    if (child != null && link(s, child, c.id(), (long) b.fromMessage() + 1)) {
                        linked++;
                        event(ChatEvents.CONVERSATION_UPDATED, state(byId.get(child), c.id()));
                    }
                }
            }
        }
        outbox.executeBatch();
        commit();
        return linked;
    }

    private static boolean link(PreparedStatement s, UUID child, UUID parent, Long fromSequence)
            throws SQLException {
        s.setObject(1, parent);
        s.setObject(2, fromSequence);
        s.setObject(3, child);
        s.setObject(4, parent);
        return s.executeUpdate() == 1;
    }

    /**
     * An imported conversation as the API describes one (imports are neither archived nor pinned).
     */
    private static ConversationState state(LegacyRecords.Conversation c, UUID parentId) {
        return new ConversationState(
                c.id(),
                c.ownerId(),
                c.title(),
                c.tags(),
                false,
                false,
                parentId,
                c.updatedAt().toInstant());
    }

    void commit() throws SQLException {
        connection.commit();
        pendingMessages = 0;
    }

    Connection connection() {
        return connection;
    }

    /** Queues the event on the bulk lane, in the same transaction as the rows it announces. */
    private <P extends Record> void event(EventType<P> type, P payload) throws SQLException {
        List<Object> values = OutboxRow.of(type, payload, Lane.BULK).values();
        for (int i = 0; i < values.size(); i++) {
            outbox.setObject(i + 1, values.get(i));
        }
        outbox.addBatch();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
