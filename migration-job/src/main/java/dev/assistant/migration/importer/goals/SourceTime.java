package dev.assistant.migration.importer.goals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T'))
                    .withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local = local(text);
            boolean beforeSwitch = utcSince == null || local.isBefore(utcSince);
            ZoneId in = beforeSwitch ? zone : ZoneOffset.UTC;
            return local.atZone(in).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
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
