package dev.assistant.goals.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of POST /api/goals/programs/{id}/blocks: dates inside the program's, start before end. */
public record BlockRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 50) String color,
        @PositiveOrZero Integer sortOrder) {}
