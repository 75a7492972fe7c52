package dev.assistant.goals.goal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A timestamp as the API writes it: the instant in UTC, ISO 8601 with as many fraction digits as it
 * needs and "Z" (what Jackson writes with the application's UTC time zone, {@code
 * DateTimeFormatter.ISO_OFFSET_DATE_TIME} in UTC; IsoInstantTest holds the two equal), without
 * DateTimeFormatter's general machinery, which cost more than the rest of a goal's JSON.
 */
final class IsoInstant {

    private static final DateTimeFormatter GENERAL =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private IsoInstant() {}

    static String format(OffsetDateTime time) {
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return GENERAL.format(utc); // signed or longer years: the general rules
        }
        char[] text = new char[30];
        int end = digits(text, 0, utc.getYear(), 4);
        text[end++] = '-';
        end = digits(text, end, utc.getMonthValue(), 2);
        text[end++] = '-';
        end = digits(text, end, utc.getDayOfMonth(), 2);
        text[end++] = 'T';
        end = digits(text, end, utc.getHour(), 2);
        text[end++] = ':';
        end = digits(text, end, utc.getMinute(), 2);
        text[end++] = ':';
        end = digits(text, end, utc.getSecond(), 2);
        end = fraction(text, end, utc.getNano());
        text[end++] = 'Z';
        return new String(text, 0, end);
    }

    /** Nothing for a whole second; else the nanoseconds' digits without trailing zeros. */
    private static int fraction(char[] text, int at, int nanos) {
        if (nanos == 0) {
            return at;
        }
        int width = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            width--;
        }
        text[at] = '.';
        return digits(text, at + 1, nanos, width);
    }

    /** {@code value} zero-padded to {@code width} digits at {@code at}; the index after them. */
    private static int digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
