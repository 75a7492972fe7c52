package dev.assistant.goals.goal;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whether a goal is one of the owner's live tree roots (what root_id columns point at). */
@ApplicationScoped
public class RootGoalRepository {

    @Inject Pool pool;

    public Uni<Boolean> isLiveRoot(String ownerId, UUID id) {
        return pool.preparedQuery(
                        "SELECT EXISTS (SELECT 1 FROM goals WHERE owner_id = $1 AND id = $2"
                                + " AND root_id = id AND deleted_at IS NULL)")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
