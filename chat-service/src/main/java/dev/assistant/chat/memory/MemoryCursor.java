package dev.assistant.chat.memory;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import jakarta.ws.rs.BadRequestException;

/**
 * Keyset position in a user's memories (created_at, id), opaque to clients: base64url of
 * "timestamp|uuid". Keyset, not offset, so deep pages cost the same as the first.
 */
public record MemoryCursor(OffsetDateTime createdAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static MemoryCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new MemoryCursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new BadRequestException("cursor: not a cursor returned by this API");
        }
    }
}
