package dev.assistant.goals.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program with its blocks (in date order), each with its goals and days. */
public record ProgramResponse(
        UUID id,
        UUID rootId,
        String name,
        @Schema(nullable = true) String description,
        LocalDate startDate,
        LocalDate endDate,
        boolean active,
        Map<String, List<UUID>> weeklySchedule,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<ProgramBlockResponse> blocks) {

    static ProgramResponse from(ProgramDetail detail) {
        ProgramSummaryResponse program = ProgramSummaryResponse.from(detail.program());
        return new ProgramResponse(
                program.id(),
                program.rootId(),
                program.name(),
                program.description(),
                program.startDate(),
                program.endDate(),
                program.active(),
                program.weeklySchedule(),
                program.createdAt(),
                program.updatedAt(),
                detail.blocks().stream()
                        .map(b -> ProgramBlockResponse.from(b, detail.goals(), detail.days()))
                        .toList());
    }
}
