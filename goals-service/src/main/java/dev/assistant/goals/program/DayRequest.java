package dev.assistant.goals.program;

import java.time.LocalDate;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/goals/program-blocks/{id}/days and PATCH /api/goals/program-days/{id}: a day on
 * a date inside its block, or numbered (day 1, 2, ...). On PATCH an absent field is unchanged.
 */
public record DayRequest(
        LocalDate date,
        @Positive Integer dayNumber,
        @Size(max = 200) String name,
        @Size(max = 20_000) String notes) {}
