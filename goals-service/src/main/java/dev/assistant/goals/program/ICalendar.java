package dev.assistant.goals.program;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A program's dated days as an RFC 5545 calendar: one all-day VEVENT per day, CRLF line endings,
 * content lines folded at 75 octets (never inside a UTF-8 sequence), text values escaped.
 */
final class ICalendar {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    static String of(ProgramDetail detail, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//assistant-suite//goals-service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(detail.program().name));
        for (DayView day : detail.days()) {
            if (day.date() != null) {
                event(out, detail.program().name, day, now);
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, String programName, DayView day, Instant now) {
        LocalDate date = day.date();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + day.id() + "@goals.assistant-suite.dev");
        line(out, "DTSTAMP:" + STAMP.format(now));
        line(out, "DTSTART;VALUE=DATE:" + DATE.format(date));
        line(out, "DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
        line(out, "SUMMARY:" + text(programName + ": " + title(day)));
        if (day.notes() != null && !day.notes().isBlank()) {
            line(out, "DESCRIPTION:" + text(day.notes()));
        }
        line(out, "END:VEVENT");
    }

    /** The day's name, else its templates' names. */
    private static String title(DayView day) {
        if (day.name() != null && !day.name().isBlank()) {
            return day.name();
        }
        List<DayView.TemplateRef> templates = day.templates();
        return templates.isEmpty()
                ? "Program day"
                : templates.stream()
                        .map(DayView.TemplateRef::name)
                        .collect(Collectors.joining(", "));
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newlines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /**
     * Appends a content line folded (RFC 5545 3.1): at most 75 octets per physical line, each
     * continuation starting with one space, splits only between code points.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size =
                    new String(Character.toChars(codePoint))
                            .getBytes(StandardCharsets.UTF_8)
                            .length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
