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
        if (WITH_OFFSET.matcher(text).find()) {
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

    /** A value that is not a timestamp at all. */
    static final class Unparseable extends Exception {
        Unparseable(String message) {
            super(message);
        }
    }
}
