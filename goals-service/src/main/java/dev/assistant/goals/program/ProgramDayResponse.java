package dev.assistant.goals.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program day with its templates and whether they have all been done. */
public record ProgramDayResponse(
        UUID id,
        UUID blockId,
        @Schema(nullable = true) LocalDate date,
        @Schema(nullable = true) Integer dayNumber,
        @Schema(nullable = true) String name,
        @Schema(nullable = true) String notes,
        boolean completed,
        @Schema(nullable = true) OffsetDateTime completedAt,
        List<DayTemplateResponse> templates) {

    public record DayTemplateResponse(UUID id, String name) {}

    static ProgramDayResponse from(DayView day) {
        return new ProgramDayResponse(
                day.id(),
                day.blockId(),
                day.date(),
                day.dayNumber(),
                day.name(),
                day.notes(),
                day.completed(),
                day.completedAt(),
                day.templates().stream()
                        .map(t -> new DayTemplateResponse(t.id(), t.name()))
                        .toList());
    }
}
