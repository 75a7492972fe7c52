package dev.assistant.kit.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The media type from the content's first bytes (magic numbers), never from what the client
 * declares: a file called cat.png that is really HTML is served as what it is.
 */
public final class MimeSniffer {

    public static final String OCTET_STREAM = "application/octet-stream";

    private MimeSniffer() {}

    public static String sniff(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F')
                && bytes.length >= 12
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return "image/webp";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
            return "application/zip";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "application/gzip";
        }
        return isUtf8Text(bytes) ? textType(bytes) : OCTET_STREAM;
    }

    private static String textType(byte[] bytes) {
        String head =
                new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
                        .stripLeading()
                        .toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return "text/html";
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return "application/json";
        }
        return "text/plain";
    }

    /** Valid UTF-8 without NUL or other control bytes (tabs and line breaks allowed). */
    private static boolean isUtf8Text(byte[] bytes) {
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
