package dev.assistant.kit.testing;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every service keeps, checked by each service's ArchitectureTest: resource (HTTP) →
 * service (use case, transaction) → repository (SQL), packages by feature without cycles.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Checks every rule against the service's main classes under {@code rootPackage}. */
    public static void check(String rootPackage) {
        check(
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(rootPackage),
                rootPackage);
    }

    public static void check(JavaClasses classes, String rootPackage) {
        rules(rootPackage).forEach(rule -> rule.check(classes));
    }

    public static List<ArchRule> rules(String rootPackage) {
        return List.of(
                noClasses()
                        .that()
                        .haveSimpleNameEndingWith("Resource")
                        .should()
                        .dependOnClassesThat()
                        .haveSimpleNameEndingWith("Repository")
                        .because("resources call services; only services use repositories"),
                noClasses()
                        .that()
                        .haveSimpleNameEndingWith("Resource")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.vertx.mutiny.sqlclient..")
                        .because("SQL belongs in repositories"),
                noClasses()
                        .that()
                        .haveSimpleNameEndingWith("Repository")
                        .should()
                        .dependOnClassesThat()
                        .haveSimpleNameEndingWith("Service")
                        .orShould()
                        .dependOnClassesThat()
                        .haveSimpleNameEndingWith("Resource")
                        .because("repositories are the bottom layer"),
                noClasses()
                        .that()
                        .haveSimpleNameEndingWith("Service")
                        .should()
                        .dependOnClassesThat()
                        .haveSimpleNameEndingWith("Resource")
                        .because("services do not know HTTP resources"),
                slices().matching(rootPackage + ".(*)..")
                        .should()
                        .beFreeOfCycles()
                        .because("feature packages depend one way"));
    }
}
