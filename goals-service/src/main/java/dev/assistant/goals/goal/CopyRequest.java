package dev.assistant.goals.goal;

import java.util.UUID;

/**
 * Body of POST /api/goals/goals/{id}/copy: where the copy goes, a goal of the same tree; left out,
 * next to the original (the copy of a root is a new tree).
 */
public record CopyRequest(UUID parentId) {}
