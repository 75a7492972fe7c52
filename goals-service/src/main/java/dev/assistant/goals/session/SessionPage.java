package dev.assistant.goals.session;

import java.util.List;

import dev.assistant.kit.paging.KeysetPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of sessions, newest first; {@code nextCursor} is null on the last page. */
public record SessionPage(List<SessionResponse> items, @Schema(nullable = true) String nextCursor) {

    static SessionPage from(KeysetPage<Session> page) {
        return new SessionPage(
                page.items().stream().map(SessionResponse::from).toList(), page.nextCursor());
    }
}
