package dev.assistant.chat.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.outbox.Lane;
import dev.assistant.events.outbox.OutboxSql;
import dev.assistant.kit.observability.TraceParent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.chat.message.MessageRows.COLUMNS;

/** SQL for messages. Every statement is scoped by owner_id and conversation. */
@ApplicationScoped
public class MessageRepository {

    /**
     * Posts messages in one statement, so a bulk of 1000 is one round trip: the conversation row
     * hands out the sequence numbers (its row lock orders concurrent posts), the messages are
     * inserted in order, and each gets its MessagePosted outbox row, all in the same transaction.
     * The event rows come from the contract (OutboxSql.insertSelect names every payload field
     * once). No rows come back when the conversation is not the caller's.
     */
    private static final String POST =
            """
            WITH conv AS (
                UPDATE conversations SET last_sequence = last_sequence + $3, message_count = message_count + $3,
                       last_message_at = now(), updated_at = now()
                WHERE id = $1 AND owner_id = $2
                RETURNING last_sequence - $3 AS base),
            ins AS (
                INSERT INTO messages (id, conversation_id, owner_id, sequence, role, content, model, metadata)
                SELECT m.id, $1, $2, conv.base + m.ord, m.role, m.content, m.model, m.metadata::jsonb
                FROM conv, unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[])
                     WITH ORDINALITY AS m(id, role, content, model, metadata, ord)
                RETURNING\s"""
                    + COLUMNS
                    + """
            ),
            events AS (
            """
                    + OutboxSql.insertSelect(
                            ChatEvents.MESSAGE_POSTED,
                            Lane.LIVE,
                            Map.of(
                                    "messageId", "ins.id",
                                    "conversationId", "ins.conversation_id",
                                    "ownerId", "ins.owner_id",
                                    "sequence", "ins.sequence",
                                    "role", "ins.role",
                                    "content", "ins.content",
                                    "model", "ins.model",
                                    "createdAt", OutboxSql.instant("ins.created_at")),
                            "$9::text",
                            "ins",
                            "ins.sequence")
                    + """
            )
            SELECT * FROM ins ORDER BY sequence""";

    @Inject Pool pool;

    public Uni<List<Message>> post(
            String ownerId, UUID conversationId, List<MessageRequest> messages) {
        int n = messages.size();
        UUID[] ids = new UUID[n];
        String[] roles = new String[n];
        String[] contents = new String[n];
        String[] models = new String[n];
        String[] metadata = new String[n];
        for (int i = 0; i < n; i++) {
            MessageRequest m = messages.get(i);
            ids[i] = UUID.randomUUID();
            roles[i] = m.role();
            contents[i] = m.content();
            models[i] = m.model();
            metadata[i] = m.metadata() == null ? "{}" : new JsonObject(m.metadata()).encode();
        }
        return pool.preparedQuery(POST)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        conversationId,
                                        ownerId,
                                        (long) n,
                                        ids,
                                        roles,
                                        contents,
                                        models,
                                        metadata,
                                        TraceParent.current())))
                .map(MessageRows::all);
    }

    /**
     * After a sequence (ascending), before one (read backwards, returned ascending), or from the
     * start.
     */
    public Uni<List<Message>> page(
            String ownerId,
            UUID conversationId,
            Long afterSequence,
            Long beforeSequence,
            int limit) {
        if (beforeSequence != null) {
            return pool.preparedQuery(
                            "SELECT "
                                    + COLUMNS
                                    + " FROM messages WHERE owner_id = $1 AND conversation_id = $2"
                                    + " AND sequence < $3 ORDER BY sequence DESC LIMIT $4")
                    .execute(Tuple.of(ownerId, conversationId, beforeSequence, limit))
                    .map(
                            rows -> {
                                List<Message> list = new ArrayList<>(MessageRows.all(rows));
                                Collections.reverse(list);
                                return list;
                            });
        }
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM messages WHERE owner_id = $1 AND conversation_id = $2"
                                + " AND sequence > $3 ORDER BY sequence LIMIT $4")
                .execute(
                        Tuple.of(
                                ownerId,
                                conversationId,
                                afterSequence == null ? 0L : afterSequence,
                                limit))
                .map(MessageRows::all);
    }

    /** The newest {@code limit} messages, oldest first. */
    public Uni<List<Message>> recent(String ownerId, UUID conversationId, int limit) {
        return page(ownerId, conversationId, null, Long.MAX_VALUE, limit);
    }

    /** Every message, in order (exports). */
    public Uni<List<Message>> all(String ownerId, UUID conversationId) {
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM messages WHERE owner_id = $1 AND conversation_id = $2 ORDER BY sequence")
                .execute(Tuple.of(ownerId, conversationId))
                .map(MessageRows::all);
    }

    /** Keeps the first original. Null when absent. */
    public Uni<Message> edit(
            SqlConnection tx, String ownerId, UUID conversationId, UUID id, String content) {
        return tx.preparedQuery(
                        """
                UPDATE messages SET original_content = coalesce(original_content, content), content = $4, edited = true, updated_at = now()
                WHERE owner_id = $1 AND conversation_id = $2 AND id = $3 RETURNING\s"""
                                + COLUMNS)
                .execute(Tuple.of(ownerId, conversationId, id, content))
                .map(MessageRows::single);
    }

    /** True when it existed; the conversation's count follows. */
    public Uni<Boolean> delete(SqlConnection tx, String ownerId, UUID conversationId, UUID id) {
        return tx.preparedQuery(
                        """
                WITH gone AS (DELETE FROM messages WHERE owner_id = $1 AND conversation_id = $2 AND id = $3 RETURNING conversation_id)
                UPDATE conversations c SET message_count = c.message_count - 1, updated_at = now()
                FROM gone WHERE c.id = gone.conversation_id RETURNING c.id""")
                .execute(Tuple.of(ownerId, conversationId, id))
                .map(rows -> rows.rowCount() == 1);
    }
}
