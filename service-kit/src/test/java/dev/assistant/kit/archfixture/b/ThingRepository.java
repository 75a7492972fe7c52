package dev.assistant.kit.archfixture.b;

import dev.assistant.kit.archfixture.a.ThingResource;

/** A deliberate violation for ArchitectureRulesTest: a package cycle (b -> a -> b). */
public class ThingRepository {
    Class<?> caller = ThingResource.class;
}
