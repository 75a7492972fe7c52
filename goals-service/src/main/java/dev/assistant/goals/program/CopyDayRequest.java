package dev.assistant.goals.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Body of POST /api/goals/program-days/{id}/copy: a date inside one of the program's blocks. */
public record CopyDayRequest(@NotNull LocalDate date) {}
