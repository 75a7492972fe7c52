package dev.assistant.chat.user;

import java.util.List;

import dev.assistant.kit.paging.KeysetQuery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static dev.assistant.chat.user.UserRows.COLUMNS;

/** SQL for users' profiles. */
@ApplicationScoped
public class UserRepository {

    @Inject Pool pool;

    /**
     * Creates the profile on first sight, or notes the visit; either way returns it (one round
     * trip).
     */
    public Uni<UserProfile> upsertFromToken(
            String id, String username, String email, String displayName) {
        return pool.preparedQuery(
                        """
                INSERT INTO users (id, username, email, display_name) VALUES ($1, $2, $3, $4)
                ON CONFLICT (id) DO UPDATE SET last_seen_at = now() RETURNING\s"""
                                + COLUMNS)
                .execute(Tuple.of(id, username, email, displayName))
                .map(UserRows::single);
    }

    public Uni<UserProfile> find(String id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM users WHERE id = $1")
                .execute(Tuple.of(id))
                .map(UserRows::single);
    }

    /** Null fields stay as they are. */
    public Uni<UserProfile> updateProfile(String id, String displayName, String email) {
        return pool.preparedQuery(
                        """
                UPDATE users SET display_name = coalesce($2, display_name), email = coalesce($3, email), updated_at = now()
                WHERE id = $1 RETURNING\s"""
                                + COLUMNS)
                .execute(Tuple.of(id, displayName, email))
                .map(UserRows::single);
    }

    public Uni<UserProfile> setActive(SqlConnection tx, String id, boolean active) {
        return tx.preparedQuery(
                        "UPDATE users SET active = $2, updated_at = now() WHERE id = $1 RETURNING "
                                + COLUMNS)
                .execute(Tuple.of(id, active))
                .map(UserRows::single);
    }

    public Uni<Void> delete(SqlConnection tx, String id) {
        return tx.preparedQuery("DELETE FROM users WHERE id = $1")
                .execute(Tuple.of(id))
                .replaceWithVoid();
    }

    /** Users whose id or username matches the query (substring, trigram-indexed), by username. */
    public Uni<List<UserProfile>> search(String query, String afterUsername, int limit) {
        String pattern = query == null || query.isBlank() ? "%" : KeysetQuery.contains(query);
        return pool.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM users WHERE (username ILIKE $1 OR id ILIKE $1) AND username > $2 ORDER BY username LIMIT $3")
                .execute(Tuple.of(pattern, afterUsername == null ? "" : afterUsername, limit))
                .map(UserRows::all);
    }
}
