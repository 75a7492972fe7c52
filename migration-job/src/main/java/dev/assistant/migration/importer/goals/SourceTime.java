package dev.assistant.migration.importer.goals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * How the legacy file's timestamps are read. The tracker wrote naive text ("2025-12-21
 * 22:52:28.442831"): in local time until it switched to UTC. A naive value earlier than {@code
 * utcSince} (or any, when it is null) is read in {@code zone}; later ones, and all when the zone is
 * UTC, as UTC. A value that names its offset ("...Z", "+01:00") is taken as written.
 */
public record SourceTime(ZoneId zone, LocalDateTime utcSince) {

    public static final SourceTime UTC = new SourceTime(ZoneOffset.UTC, null);

    /** Null when absent; {@link Unparseable} when the text is not a timestamp. */
    OffsetDateTime parse(Object value) throws Unparseable {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (hasOffset(text)) {
            try {
                return OffsetDateTime.parse(text.replace(' ', 'T'))
                        .withOffsetSameInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new Unparseable("'" + text + "' is not a timestamp");
            }
        }
        LocalDateTime local = local(text);
        boolean beforeSwitch = utcSince == null || local.isBefore(utcSince);
        ZoneId in = beforeSwitch ? zone : ZoneOffset.UTC;
        return local.atZone(in).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Text that names its offset ("Z", "+01:00", "-0500" after the time). Checked first: parsing
     * naive text as an offset date-time fails with an exception, and a file holds millions.
     */
    private static final Pattern WITH_OFFSET = Pattern.compile("(Z|[+-]\\d\\d:?\\d\\d)$");

    /**
     * {@link #WITH_OFFSET} without running the pattern on the millions of naive values: only text
     * ending in Z, or with a sign among its last six characters, can name an offset.
     */
    private static boolean hasOffset(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        char last = text.charAt(n - 1);
        if (last == 'Z') {
            return true;
        }
        for (int i = Math.max(0, n - 6); i < n; i++) {
            char c = text.charAt(i);
            if (c == '+' || c == '-') {
                return WITH_OFFSET.matcher(text.substring(i)).find();
            }
        }
        return false;
    }

    /** The date part of a date or timestamp ("2026-01-04 00:00:00.000000" is 2026-01-04). */
    static LocalDate date(Object value) throws Unparseable {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new Unparseable("'" + text + "' is not a date");
        }
    }

    private static LocalDateTime local(String text) throws Unparseable {
        LocalDateTime fast = fastLocal(text);
        if (fast != null) {
            return fast;
        }
        String iso = text.replace(' ', 'T');
        try {
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(iso).atStartOfDay();
            } catch (DateTimeParseException e) {
                throw new Unparseable("'" + text + "' is not a timestamp");
            }
        }
    }

    /**
     * "yyyy-MM-dd HH:mm:ss" (or with T), with up to nine fraction digits, read by hand: the
     * tracker's usual form, read millions of times, and DateTimeFormatter is the import's costliest
     * step on it. Null for any other form, which the formatter then reads (or refuses).
     */
    static LocalDateTime fastLocal(String t) {
        int n = t.length();
        if (n < 19
                || n == 20
                || n > 29
                || t.charAt(4) != '-'
                || t.charAt(7) != '-'
                || (t.charAt(10) != ' ' && t.charAt(10) != 'T')
                || t.charAt(13) != ':'
                || t.charAt(16) != ':'
                || (n > 19 && t.charAt(19) != '.')) {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 19) {
            int fraction = digits(t, 20, n);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (java.time.DateTimeException outOfRange) {
            return null; // the formatter refuses it with the usual message
        }
    }

    /** The decimal number in t[from, to), or -1 when a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A value that is not a timestamp at all. */
    static final class Unparseable extends Exception {
        Unparseable(String message) {
            super(message);
        }
    }
}
