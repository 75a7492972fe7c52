package dev.assistant.search.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import dev.assistant.kit.problem.InvalidField;

/**
 * The position after a page of hits: the last hit's (score, document id), opaque to clients. Hits
 * are ordered by score descending, then document id, so the next page is every hit after it.
 */
record HitCursor(double score, UUID documentId) {

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((score + "|" + documentId).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for a null or blank cursor (the first page). */
    static HitCursor decodeOrNull(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                            .split("\\|", 2);
            return new HitCursor(Double.parseDouble(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw InvalidField.of("cursor", "query", "not a cursor returned by this API");
        }
    }

    /** Whether a hit with this score and document comes after the cursor. */
    boolean isBefore(double otherScore, UUID otherDocument) {
        int byScore = Double.compare(otherScore, score);
        return byScore < 0 || (byScore == 0 && otherDocument.compareTo(documentId) > 0);
    }
}
