package dev.assistant.kit.paging;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One owner's rows, filtered, newest first, after a keyset cursor: the SQL every list endpoint
 * builds. Conditions use "?" for their one parameter; numbering ($1, $2...) is done here.
 */
public final class KeysetQuery {

    private final StringBuilder sql;
    private final List<Object> params = new ArrayList<>();

    /** {@code SELECT <columns> FROM <table> WHERE owner_id = $1}. */
    public KeysetQuery(String columns, String table, String ownerId) {
        this.sql =
                new StringBuilder("SELECT " + columns + " FROM " + table + " WHERE owner_id = $1");
        params.add(ownerId);
    }

    /**
     * Adds {@code AND <condition>} when the value is given; every "?" in the condition is that
     * value.
     */
    public KeysetQuery and(String condition, Object value) {
        if (value != null) {
            params.add(value);
            sql.append(" AND ").append(condition.replace("?", "$" + params.size()));
        }
        return this;
    }

    /**
     * Adds {@code AND <condition>} for a condition without parameters ({@code deleted_at IS NULL}).
     */
    public KeysetQuery and(String condition) {
        sql.append(" AND ").append(condition);
        return this;
    }

    /**
     * Newest first by (timeColumn, id), after the cursor when given, at most {@code limit} rows.
     */
    public KeysetQuery newestFirst(String timeColumn, Cursor after, int limit) {
        if (after != null) {
            params.add(after.at());
            params.add(after.id());
            sql.append(" AND (")
                    .append(timeColumn)
                    .append(", id) < ($")
                    .append(params.size() - 1)
                    .append(", $")
                    .append(params.size())
                    .append(')');
        }
        params.add(limit);
        sql.append(" ORDER BY ")
                .append(timeColumn)
                .append(" DESC, id DESC LIMIT $")
                .append(params.size());
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Tuple params() {
        return Tuple.from(params);
    }

    /** A LIKE pattern matching the text anywhere, with LIKE's own wildcards escaped. */
    public static String contains(String text) {
        return text == null
                ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
