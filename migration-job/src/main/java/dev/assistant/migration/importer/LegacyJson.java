package dev.assistant.migration.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading legacy JSON the tolerant way: strict UTF-8 (bad bytes are a reason to quarantine, not to
 * guess), readable errors, and timestamps that were written without a zone taken as UTC.
 */
public final class LegacyJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private LegacyJson() {}

    /** Why a file cannot be read. */
    public static class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason);
        }
    }

    public static JsonNode read(Path file) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + e.getMessage());
        }
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not valid UTF-8");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new Unreadable("empty file");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Unreadable(
                    "invalid JSON at line "
                            + e.getLocation().getLineNr()
                            + ": "
                            + e.getOriginalMessage());
        }
    }

    /**
     * The field as text if it is a string (or a number, written as text); null when absent or JSON
     * null.
     */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : null;
    }

    /**
     * ISO-8601; without a zone it is UTC (how the legacy code wrote it). Null when absent or
     * unparseable.
     */
    public static OffsetDateTime time(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
