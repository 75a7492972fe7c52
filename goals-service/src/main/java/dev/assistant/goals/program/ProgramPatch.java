package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of PATCH /api/goals/programs/{id}: an absent field is left unchanged. */
public record ProgramPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                String name,
        @Size(max = 20_000) String description,
        LocalDate startDate,
        LocalDate endDate,
        Boolean active,
        @Size(max = 8) Map<String, @Size(max = 20) List<UUID>> weeklySchedule) {}
