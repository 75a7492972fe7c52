package dev.assistant.kit.paging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import dev.assistant.kit.problem.InvalidField;

/**
 * A keyset position (timestamp, id), opaque to clients: base64url of "timestamp|uuid". Keyset, not
 * offset, so page 1000 costs what page 1 costs.
 */
public record Cursor(OffsetDateTime at, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for a null or blank cursor (the first page). */
    public static Cursor decodeOrNull(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                            .split("\\|", 2);
            return new Cursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException
                | DateTimeParseException
                | ArrayIndexOutOfBoundsException e) {
            throw InvalidField.of("cursor", "query", "not a cursor returned by this API");
        }
    }
}
