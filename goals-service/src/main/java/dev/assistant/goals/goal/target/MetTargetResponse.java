package dev.assistant.goals.goal.target;

import java.util.List;
import java.util.UUID;

/** A target met, with the activity instances that meet it. */
public record MetTargetResponse(TargetResponse target, List<UUID> metBy) {

    static MetTargetResponse from(MetTarget met) {
        return new MetTargetResponse(TargetResponse.from(met.target()), met.metBy());
    }
}
