package dev.assistant.chat.file;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP byte range (RFC 9110 §14.1.2): "bytes=0-99", "bytes=100-" or "bytes=-500" (the last
 * 500). Multiple ranges are answered with the whole file, as the RFC allows.
 *
 * @param first first byte, inclusive
 * @param last last byte, inclusive
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    public long length() {
        return last - first + 1;
    }

    /**
     * Null for no header or one that asks for several ranges (serve all); throws when
     * unsatisfiable.
     */
    public static ByteRange parse(String header, long size) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.strip().replace(" ", ""));
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = Long.parseLong(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        }
        if (first >= size || first > last) {
            throw new UnsatisfiableRangeException(size);
        }
        return new ByteRange(first, last);
    }

    /** 416, with the size the client can ask within. */
    public static class UnsatisfiableRangeException extends RuntimeException {
        private final long size;

        public UnsatisfiableRangeException(long size) {
            super("range not satisfiable for " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
