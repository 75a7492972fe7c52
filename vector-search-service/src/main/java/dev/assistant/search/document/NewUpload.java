package dev.assistant.search.document;

import java.util.List;

/** What an upload stores: the name and title shown, the sniffed type and the bytes. */
public record NewUpload(
        String name,
        String title,
        String mimeType,
        byte[] content,
        String sha256,
        List<String> tags) {}
