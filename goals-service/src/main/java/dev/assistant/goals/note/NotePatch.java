package dev.assistant.goals.note;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of PATCH /api/goals/notes/{id}: absent content stays. */
public record NotePatch(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200_000)
                String content) {}
