package dev.assistant.goals.session;

import java.util.UUID;

/** A goal a session works on; type is session_goals.goal_type (short_term or immediate). */
record GoalLink(UUID goalId, String type) {

    static final String SHORT_TERM = "short_term";
    static final String IMMEDIATE = "immediate";

    /** The link type a goal of this level takes, or null when the level cannot be linked. */
    static String typeOf(String level) {
        return switch (level) {
            case "ShortTermGoal" -> SHORT_TERM;
            case "ImmediateGoal" -> IMMEDIATE;
            default -> null;
        };
    }
}
