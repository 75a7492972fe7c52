package dev.assistant.migration.migrate;

import java.util.List;
import java.util.Map;

import dev.assistant.migration.core.Phase;

/**
 * Which pending migrations a run applies. Contract migrations wait for {@code --phase contract};
 * migrations are applied in order, so everything after the first waiting contract migration waits
 * with it.
 *
 * @param toApply pending versions this run applies, in order
 * @param deferred pending versions left for the contract phase
 */
record PhaseTarget(List<String> toApply, List<String> deferred) {

    static PhaseTarget choose(List<String> pending, Map<String, Phase> phases, Phase phase) {
        if (phase == Phase.CONTRACT) {
            return new PhaseTarget(pending, List.of());
        }
        for (int i = 0; i < pending.size(); i++) {
            if (phases.getOrDefault(pending.get(i), Phase.EXPAND) == Phase.CONTRACT) {
                return new PhaseTarget(pending.subList(0, i), pending.subList(i, pending.size()));
            }
        }
        return new PhaseTarget(pending, List.of());
    }

    String lastToApply() {
        return toApply.getLast();
    }
}
