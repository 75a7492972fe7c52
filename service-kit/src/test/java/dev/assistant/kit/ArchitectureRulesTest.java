package dev.assistant.kit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.assistant.kit.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared rules catch what they promise to (on a fixture built to break them). */
class ArchitectureRulesTest {

    @Test
    void aResourceUsingARepositoryAndAPackageCycleAreBothReported() {
        JavaClasses fixture =
                new ClassFileImporter().importPackages("dev.assistant.kit.archfixture");
        assertThatThrownBy(() -> ArchitectureRules.check(fixture, "dev.assistant.kit.archfixture"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ThingResource")
                .hasMessageContaining("Repository");
        assertThatThrownBy(
                        () ->
                                ArchitectureRules.rules("dev.assistant.kit.archfixture")
                                        .getLast()
                                        .check(fixture))
                .hasMessageContaining("cycle");
    }
}
