package dev.assistant.kit.archfixture.a;

import dev.assistant.kit.archfixture.b.ThingRepository;

/** A deliberate violation for ArchitectureRulesTest: a resource using a repository. */
public class ThingResource {
    ThingRepository repository = new ThingRepository();
}
