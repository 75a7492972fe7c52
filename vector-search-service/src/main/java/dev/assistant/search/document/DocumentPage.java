package dev.assistant.search.document;

import java.util.List;

import dev.assistant.kit.paging.KeysetPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a user's uploaded documents, newest first. */
public record DocumentPage(
        List<DocumentResponse> items, @Schema(nullable = true) String nextCursor) {

    public static DocumentPage from(KeysetPage<StoredDocument> page) {
        return new DocumentPage(
                page.items().stream().map(DocumentResponse::from).toList(), page.nextCursor());
    }
}
