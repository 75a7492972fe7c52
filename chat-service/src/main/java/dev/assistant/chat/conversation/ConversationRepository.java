package dev.assistant.chat.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.kit.paging.Cursor;
import dev.assistant.kit.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.chat.conversation.ConversationRows.COLUMNS;

/** SQL for conversations. Every statement is scoped by owner_id. */
@ApplicationScoped
public class ConversationRepository {

    @Inject Pool pool;

    public Uni<Conversation> insert(
            SqlConnection tx, UUID id, String ownerId, ConversationCreate c) {
        return tx.preparedQuery(
                        "INSERT INTO conversations (id, owner_id, title, tags, template, metadata) VALUES ($1, $2, $3, $4, $5, $6)"
                                + " RETURNING "
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        id,
                                        ownerId,
                                        c.title(),
                                        tags(c.tags()),
                                        c.template(),
                                        json(c.metadata()))))
                .map(ConversationRows::single);
    }

    /** Null when absent or someone else's. */
    public Uni<Conversation> find(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT " + COLUMNS + " FROM conversations WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(ConversationRows::single);
    }

    /** Most recently active first, after the cursor, with the filters. */
    public Uni<List<Conversation>> page(
            String ownerId, ConversationFilter filter, Cursor after, int limit) {
        KeysetQuery query =
                new KeysetQuery(COLUMNS, "conversations", ownerId)
                        .and("archived = ?", filter.archived())
                        .and("pinned = ?", filter.pinned())
                        .and("tags @> ?", filter.tag() == null ? null : new String[] {filter.tag()})
                        .and("title ILIKE ?", KeysetQuery.contains(filter.titleContains()))
                        .newestFirst("updated_at", after, limit);
        return pool.preparedQuery(query.sql()).execute(query.params()).map(ConversationRows::all);
    }

    /** Null fields stay; an empty template clears it. Null when absent or someone else's. */
    public Uni<Conversation> update(
            SqlConnection tx, String ownerId, UUID id, ConversationPatch p) {
        String template = p.template() == null ? null : p.template();
        return tx.preparedQuery(
                        """
                UPDATE conversations SET
                    title = coalesce($3, title),
                    tags = coalesce($4, tags),
                    template = CASE WHEN $5::text IS NULL THEN template ELSE nullif($5, '') END,
                    metadata = coalesce($6, metadata),
                    archived = coalesce($7, archived),
                    pinned = coalesce($8, pinned),
                    updated_at = now()
                WHERE owner_id = $1 AND id = $2 RETURNING\s"""
                                + COLUMNS)
                .execute(
                        Tuple.from(
                                Arrays.asList(
                                        ownerId,
                                        id,
                                        p.title(),
                                        p.tags() == null ? null : tags(p.tags()),
                                        template,
                                        p.metadata() == null ? null : json(p.metadata()),
                                        p.archived(),
                                        p.pinned())))
                .map(ConversationRows::single);
    }

    /** Messages go with it (ON DELETE CASCADE); files stay, detached. True when it existed. */
    public Uni<Boolean> delete(SqlConnection tx, String ownerId, UUID id) {
        return tx.preparedQuery("DELETE FROM conversations WHERE owner_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * A new conversation holding copies of the source's messages up to and including {@code
     * fromSequence}, with the same sequence numbers. Null when the source is absent.
     */
    public Uni<Conversation> branch(
            SqlConnection tx,
            String ownerId,
            UUID sourceId,
            UUID branchId,
            String title,
            long fromSequence) {
        return tx.preparedQuery(
                        """
                INSERT INTO conversations (id, owner_id, title, tags, template, metadata, parent_id, branched_from_sequence)
                SELECT $3, owner_id, coalesce($4, title || ' (branch)'), tags, template, metadata, id, $5
                FROM conversations WHERE owner_id = $1 AND id = $2 RETURNING id""")
                .execute(Tuple.of(ownerId, sourceId, branchId, title, fromSequence))
                .chain(
                        created ->
                                created.size() == 0
                                        ? Uni.createFrom().nullItem()
                                        : tx.preparedQuery(
                                                        """
                        WITH copied AS (
                            INSERT INTO messages (id, conversation_id, owner_id, sequence, role, content, model, edited,
                                                  original_content, metadata, created_at, updated_at)
                            SELECT gen_random_uuid(), $3, owner_id, sequence, role, content, model, edited, original_content,
                                   metadata, created_at, updated_at
                            FROM messages WHERE owner_id = $1 AND conversation_id = $2 AND sequence <= $4
                            RETURNING sequence, created_at)
                        UPDATE conversations SET message_count = (SELECT count(*) FROM copied),
                            last_sequence = coalesce((SELECT max(sequence) FROM copied), 0),
                            last_message_at = (SELECT max(created_at) FROM copied)
                        WHERE id = $3 RETURNING\s"""
                                                                + COLUMNS)
                                                .execute(
                                                        Tuple.of(
                                                                ownerId,
                                                                sourceId,
                                                                branchId,
                                                                fromSequence))
                                                .map(ConversationRows::single));
    }

    static String[] tags(List<String> tags) {
        return tags == null
                ? new String[0]
                : tags.stream().map(String::strip).distinct().toArray(String[]::new);
    }

    static JsonObject json(Map<String, Object> metadata) {
        return metadata == null ? new JsonObject() : new JsonObject(metadata);
    }
}
