package dev.assistant.goals.program;

import java.util.List;

/** A program with everything under it, as one read. */
public record ProgramDetail(
        Program program,
        List<ProgramBlock> blocks,
        List<BlockGoalView> goals,
        List<DayView> days) {}
