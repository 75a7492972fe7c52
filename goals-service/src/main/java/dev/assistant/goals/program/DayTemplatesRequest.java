package dev.assistant.goals.program;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of PUT /api/goals/program-days/{id}/templates: the day's templates, in order. */
public record DayTemplatesRequest(@NotNull @Size(max = 20) List<@NotNull UUID> templateIds) {}
