package dev.assistant.goals.goal;

import java.util.List;

import dev.assistant.kit.paging.KeysetPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the trash, most recently deleted first; nextCursor is null on the last page. */
public record TrashPage(
        List<TrashedGoalResponse> items, @Schema(nullable = true) String nextCursor) {

    static TrashPage from(KeysetPage<Goal> page) {
        return new TrashPage(
                page.items().stream().map(TrashedGoalResponse::from).toList(), page.nextCursor());
    }
}
