package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/goals/programs. weeklySchedule maps "monday".."sunday" (or "daily") to the
 * templates of the program's tree done on that weekday.
 */
public record ProgramRequest(
        @NotNull UUID rootId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20_000) String description,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        Boolean active,
        @Size(max = 8) Map<String, @Size(max = 20) List<UUID>> weeklySchedule) {}
