package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.UUID;

/** A goal attached to a block; its deadline in the program is the block's end date. */
public record BlockGoalView(UUID blockId, UUID goalId, String title, LocalDate deadline) {}
