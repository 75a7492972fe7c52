package dev.assistant.chat.file;

import java.util.List;

import dev.assistant.chat.paging.KeysetPage;

/** One page of a user's files, newest first. */
public record FilePage(List<FileResponse> items, String nextCursor) {

    public static FilePage from(KeysetPage<StoredFile> page) {
        return new FilePage(
                page.items().stream().map(FileResponse::from).toList(), page.nextCursor());
    }
}
