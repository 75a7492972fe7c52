package dev.assistant.goals.program;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of PUT /api/goals/program-blocks/{id}/goals: the goals of the program's tree to attach. */
public record BlockGoalsRequest(@NotNull @Size(max = 200) List<@NotNull UUID> goalIds) {}
