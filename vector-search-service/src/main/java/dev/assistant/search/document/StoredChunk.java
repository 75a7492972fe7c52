package dev.assistant.search.document;

import java.util.Arrays;
import java.util.List;

import io.vertx.mutiny.sqlclient.Row;

/** One stored chunk of a document, as indexed. */
public record StoredChunk(
        long id,
        int position,
        String type,
        List<String> sectionPath,
        Integer page,
        String content,
        int tokens,
        String contentHash,
        String modelVersion) {

    static StoredChunk of(Row row) {
        String[] path = row.getArrayOfStrings("section_path");
        return new StoredChunk(
                row.getLong("id"),
                row.getInteger("chunk_index"),
                row.getString("chunk_type"),
                path == null ? List.of() : Arrays.asList(path),
                row.getInteger("page"),
                row.getString("content"),
                row.getInteger("tokens"),
                row.getString("content_hash"),
                row.getString("model_version"));
    }
}
