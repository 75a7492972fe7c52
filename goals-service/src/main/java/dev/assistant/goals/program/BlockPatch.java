package dev.assistant.goals.program;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of PATCH /api/goals/program-blocks/{id}: an absent field is left unchanged. */
public record BlockPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                String name,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 50) String color,
        @PositiveOrZero Integer sortOrder) {}
