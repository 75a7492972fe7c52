package dev.assistant.chat.memory;

import java.util.List;

import dev.assistant.kit.paging.KeysetPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a user's memories, newest first; {@code nextCursor} is null on the last page. */
public record MemoryPage(List<MemoryResponse> items, @Schema(nullable = true) String nextCursor) {

    public static MemoryPage from(KeysetPage<Memory> page) {
        return new MemoryPage(
                page.items().stream().map(MemoryResponse::from).toList(), page.nextCursor());
    }
}
