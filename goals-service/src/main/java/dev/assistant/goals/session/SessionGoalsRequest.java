package dev.assistant.goals.session;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of PUT /api/goals/sessions/{id}/goals: the session's goal links, replaced. shortTerm holds
 * ShortTermGoals, immediate ImmediateGoals, all of the session's tree.
 */
public record SessionGoalsRequest(
        @NotNull @Size(max = 100) List<@NotNull UUID> shortTerm,
        @NotNull @Size(max = 100) List<@NotNull UUID> immediate) {}
