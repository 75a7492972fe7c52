package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal attached to a block; deadline is the block's end date. */
public record BlockGoalResponse(
        UUID goalId, String title, @Schema(nullable = true) LocalDate deadline) {

    static BlockGoalResponse from(BlockGoalView goal) {
        return new BlockGoalResponse(goal.goalId(), goal.title(), goal.deadline());
    }
}
