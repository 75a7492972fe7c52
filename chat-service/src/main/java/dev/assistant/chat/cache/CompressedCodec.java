package dev.assistant.chat.cache;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Cache values on the wire: one marker byte (0 raw, 1 deflate) then the bytes. Deflate at its
 * fastest level: cached JSON of messages typically shrinks 3-5x for a few microseconds.
 */
final class CompressedCodec {

    private static final byte RAW = 0;
    private static final byte DEFLATE = 1;

    private CompressedCodec() {}

    static byte[] encode(byte[] value, int compressAbove) {
        if (value.length <= compressAbove) {
            return withMarker(RAW, value, value.length);
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(value);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(value.length / 3 + 16);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            byte[] compressed = out.toByteArray();
            return compressed.length < value.length
                    ? withMarker(DEFLATE, compressed, compressed.length)
                    : withMarker(RAW, value, value.length);
        } finally {
            deflater.end();
        }
    }

    static byte[] decode(byte[] stored) {
        if (stored.length == 0) {
            throw new IllegalArgumentException("empty cache value");
        }
        byte[] body = Arrays.copyOfRange(stored, 1, stored.length);
        if (stored[0] == RAW) {
            return body;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("truncated cache value");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt cache value", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] withMarker(byte marker, byte[] body, int length) {
        byte[] out = new byte[length + 1];
        out[0] = marker;
        System.arraycopy(body, 0, out, 1, length);
        return out;
    }
}
