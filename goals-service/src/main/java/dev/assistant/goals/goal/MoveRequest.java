package dev.assistant.goals.goal;

import java.util.UUID;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * Body of POST /api/goals/goals/{id}/move: the new parent, in the same tree (left out: the goal
 * stays under its parent, which is how a root is reordered among the caller's trees), and its place
 * among its new siblings (left out: it keeps its sort order).
 */
public record MoveRequest(UUID parentId, @PositiveOrZero Integer sortOrder) {}
