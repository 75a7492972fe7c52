package dev.assistant.goals.goal;

import java.util.List;

/** An active short-term goal and its active immediate goals. */
public record SelectionResponse(GoalResponse goal, List<GoalResponse> immediateGoals) {

    static SelectionResponse from(GoalSelection selection) {
        return new SelectionResponse(
                GoalResponse.from(selection.shortTerm()),
                selection.immediate().stream().map(GoalResponse::from).toList());
    }
}
