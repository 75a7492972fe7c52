package dev.assistant.chat.file;

import java.util.List;

/** One page of a user's files, newest first. */
public record FilePage(List<FileResponse> items, String nextCursor) {
}
