package dev.assistant.goals.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program without its blocks, as lists show it. */
public record ProgramSummaryResponse(
        UUID id,
        UUID rootId,
        String name,
        @Schema(nullable = true) String description,
        LocalDate startDate,
        LocalDate endDate,
        boolean active,
        Map<String, List<UUID>> weeklySchedule,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ProgramSummaryResponse from(Program program) {
        return new ProgramSummaryResponse(
                program.id,
                program.rootId,
                program.name,
                program.description,
                program.startDate,
                program.endDate,
                program.active,
                program.weeklySchedule == null ? Map.of() : program.weeklySchedule,
                program.createdAt,
                program.updatedAt);
    }
}
