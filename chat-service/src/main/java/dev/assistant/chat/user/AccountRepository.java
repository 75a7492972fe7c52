package dev.assistant.chat.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SQL that erases a whole account: every row chat-service holds for one user, across its tables.
 */
@ApplicationScoped
public class AccountRepository {

    private static final String[] ERASE = {
        "DELETE FROM files WHERE owner_id = $1",
        "DELETE FROM file_contents WHERE owner_id = $1",
        "DELETE FROM memories WHERE owner_id = $1",
        "DELETE FROM users WHERE id = $1"
    };

    /**
     * Deletes the user's conversations (their messages go with them), files, file contents,
     * memories and profile, in the caller's transaction. Returns the ids of the deleted
     * conversations.
     */
    public Uni<List<UUID>> erase(SqlConnection tx, String userId) {
        Uni<List<UUID>> chain =
                tx.preparedQuery("DELETE FROM conversations WHERE owner_id = $1 RETURNING id")
                        .execute(Tuple.of(userId))
                        .map(
                                rows -> {
                                    List<UUID> ids = new ArrayList<>(rows.size());
                                    rows.forEach(row -> ids.add(row.getUUID("id")));
                                    return ids;
                                });
        for (String sql : ERASE) {
            chain = chain.call(() -> tx.preparedQuery(sql).execute(Tuple.of(userId)));
        }
        return chain;
    }
}
