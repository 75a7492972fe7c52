package dev.assistant.goals.goal;

/**
 * The fractal levels, from the top of a tree down. A root is always an UltimateGoal; a child sits
 * at a deeper level than its parent (levels may be skipped, as the legacy tracker allowed).
 */
public enum GoalLevel {
    UltimateGoal,
    LongTermGoal,
    MidTermGoal,
    ShortTermGoal,
    ImmediateGoal,
    MicroGoal,
    NanoGoal;

    public boolean canParent(GoalLevel child) {
        return child.ordinal() > ordinal();
    }
}
