package dev.assistant.goals;

import dev.assistant.kit.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** Resource → service → repository, no package cycles (rules shared by every service). */
class ArchitectureTest {

    @Test
    void layeringAndPackageDependenciesHold() {
        ArchitectureRules.check("dev.assistant.goals");
    }
}
