package dev.assistant.search.query;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a query is limited to besides its owner: a source (e.g. upload, chat.memory), one document,
 * tags (a document must have all of them) and a range of the document's creation time.
 */
public record SearchFilter(
        String source, UUID documentId, List<String> tags, OffsetDateTime from, OffsetDateTime to) {

    public SearchFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** True when the query is limited to nothing but its owner. */
    boolean isEmpty() {
        return source == null && documentId == null && tags.isEmpty() && from == null && to == null;
    }

    /** Appends this filter's conditions on documents (alias d) to a statement's WHERE clause. */
    void appendTo(StringBuilder sql, List<Object> params) {
        and(sql, params, "d.source = ?", source);
        and(sql, params, "d.id = ?", documentId);
        and(
                sql,
                params,
                "d.tags @> ?::text[]",
                tags.isEmpty() ? null : tags.toArray(String[]::new));
        and(sql, params, "d.created_at >= ?", from);
        and(sql, params, "d.created_at < ?", to);
    }

    private static void and(
            StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            params.add(value);
            sql.append(" AND ").append(condition.replace("?", "$" + params.size()));
        }
    }
}
