package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A block with its goals and days. */
public record ProgramBlockResponse(
        UUID id,
        UUID programId,
        String name,
        @Schema(nullable = true) LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        @Schema(nullable = true) String color,
        int sortOrder,
        List<BlockGoalResponse> goals,
        List<ProgramDayResponse> days) {

    static ProgramBlockResponse from(
            ProgramBlock block, List<BlockGoalView> goals, List<DayView> days) {
        return new ProgramBlockResponse(
                block.id,
                block.programId,
                block.name,
                block.startDate,
                block.endDate,
                block.color,
                block.sortOrder,
                goals.stream()
                        .filter(g -> g.blockId().equals(block.id))
                        .map(BlockGoalResponse::from)
                        .toList(),
                days.stream()
                        .filter(d -> d.blockId().equals(block.id))
                        .map(ProgramDayResponse::from)
                        .toList());
    }
}
