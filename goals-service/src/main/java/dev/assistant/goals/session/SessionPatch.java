package dev.assistant.goals.session;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of PATCH /api/goals/sessions/{id}: absent fields stay; attributes given replace them. */
public record SessionPatch(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200)
                String name,
        @Size(max = 20_000) String description,
        OffsetDateTime sessionStart,
        OffsetDateTime sessionEnd,
        @PositiveOrZero @Max(100_000) Integer durationMinutes,
        @Size(max = 100) Map<String, Object> attributes) {}
