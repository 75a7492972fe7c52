package dev.assistant.goals.note;

import java.util.List;

import dev.assistant.kit.paging.KeysetPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of notes, newest first; {@code nextCursor} is null on the last page. */
public record NotePage(List<NoteResponse> items, @Schema(nullable = true) String nextCursor) {

    static NotePage from(KeysetPage<Note> page) {
        return new NotePage(
                page.items().stream().map(NoteResponse::from).toList(), page.nextCursor());
    }
}
