package dev.assistant.goals.goal.target;

import java.util.List;
import java.util.UUID;

/** A target and the activity instances (of one session, or one instance) that meet it. */
public record MetTarget(Target target, List<UUID> metBy) {}
