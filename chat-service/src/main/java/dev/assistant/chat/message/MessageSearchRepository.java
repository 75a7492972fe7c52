package dev.assistant.chat.message;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Full-text search (websearch syntax: words, "phrases", -exclusions, or) ranked by ts_rank_cd, with
 * highlighted snippets computed only for the rows returned; and trigram word similarity for typos.
 * Both use indexes that start with owner_id, so one user's search never reads another's rows.
 */
@ApplicationScoped
public class MessageSearchRepository {

    @Inject Pool pool;

    public Uni<List<MessageSearchHit>> fullText(String ownerId, MessageSearchQuery query) {
        List<Object> params = new ArrayList<>(List.of(ownerId, query.text()));
        String filters = filters(query, params);
        params.add(query.limit());
        String sql =
                """
                WITH q AS (SELECT websearch_to_tsquery('simple', $2) AS query),
                hits AS (
                    SELECT m.id, m.conversation_id, m.sequence, m.role, m.model, m.created_at, m.content,
                           ts_rank_cd(m.search, q.query) AS score
                    FROM messages m, q
                    WHERE m.owner_id = $1 AND m.search @@ q.query"""
                        + filters
                        + """

                    ORDER BY score DESC, m.created_at DESC
                    LIMIT $"""
                        + params.size()
                        + """
                )
                SELECT hits.*, ts_headline('simple', hits.content, q.query,
                           'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2') AS snippet
                FROM hits, q ORDER BY score DESC, created_at DESC""";
        return pool.preparedQuery(sql)
                .execute(Tuple.from(params))
                .map(rows -> MessageSearchRows.all(rows, "fulltext"));
    }

    public Uni<List<MessageSearchHit>> fuzzy(String ownerId, MessageSearchQuery query) {
        List<Object> params = new ArrayList<>(List.of(ownerId, query.text()));
        String filters = filters(query, params);
        params.add(query.limit());
        String sql =
                """
                SELECT m.id, m.conversation_id, m.sequence, m.role, m.model, m.created_at,
                       left(m.content, 200) AS snippet, word_similarity($2, m.content) AS score
                FROM messages m
                WHERE m.owner_id = $1 AND $2 <% m.content"""
                        + filters
                        + """

                ORDER BY score DESC, m.created_at DESC
                LIMIT $"""
                        + params.size();
        return pool.preparedQuery(sql)
                .execute(Tuple.from(params))
                .map(rows -> MessageSearchRows.all(rows, "fuzzy"));
    }

    private static String filters(MessageSearchQuery query, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (query.conversationId() != null) {
            params.add(query.conversationId());
            sql.append(" AND m.conversation_id = $").append(params.size());
        }
        if (query.role() != null) {
            params.add(query.role());
            sql.append(" AND m.role = $").append(params.size());
        }
        if (query.model() != null) {
            params.add(query.model());
            sql.append(" AND m.model = $").append(params.size());
        }
        if (query.from() != null) {
            params.add(query.from());
            sql.append(" AND m.created_at >= $").append(params.size());
        }
        if (query.to() != null) {
            params.add(query.to());
            sql.append(" AND m.created_at < $").append(params.size());
        }
        return sql.toString();
    }
}
