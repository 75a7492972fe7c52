package dev.assistant.chat.memory;

import java.util.List;

/** One page of a user's memories, newest first; {@code nextCursor} is null on the last page. */
public record MemoryPage(List<MemoryResponse> items, String nextCursor) {
}
