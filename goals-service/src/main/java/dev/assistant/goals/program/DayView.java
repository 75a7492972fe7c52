package dev.assistant.goals.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A program day as read: completed when each of its (live) templates has a completed, live session
 * on this day; completedAt is when the last of them was first completed.
 */
public record DayView(
        UUID id,
        UUID blockId,
        LocalDate date,
        Integer dayNumber,
        String name,
        String notes,
        boolean completed,
        OffsetDateTime completedAt,
        List<TemplateRef> templates) {

    /** A template of the day, in the day's order. */
    public record TemplateRef(UUID id, String name) {}

    DayView withTemplates(List<TemplateRef> refs) {
        return new DayView(id, blockId, date, dayNumber, name, notes, completed, completedAt, refs);
    }
}
