package dev.assistant.goals.goal;

import java.util.List;

/** An active short-term goal with its active immediate goals. */
public record GoalSelection(Goal shortTerm, List<Goal> immediate) {}
