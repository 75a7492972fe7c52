package dev.assistant.chat.file;

import java.util.List;

import dev.assistant.kit.paging.KeysetPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a user's files, newest first. */
public record FilePage(List<FileResponse> items, @Schema(nullable = true) String nextCursor) {

    public static FilePage from(KeysetPage<StoredFile> page) {
        return new FilePage(
                page.items().stream().map(FileResponse::from).toList(), page.nextCursor());
    }
}
