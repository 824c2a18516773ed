package org.ebox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The business core's components depend downwards only, and within a component the boundary uses the control and
 * the entities, never the other way round. Read from the compiled classes, with no list of exceptions.
 */
class ComponentsTest {

    /**
     * From the bottom up: each component may use those before it, none after it. Common words and the platform
     * (security, mail, stored files) serve everyone; enterprises and the audit trail need nothing of the domain;
     * institutions and persons' accesses stand on enterprises; messages on institutions; e-Box Management on
     * accesses; the support desk on all of these; the record of the nightly runs, then the notifications and the
     * expiry of messages, which count their work in the run's record; the operators' administration, which fills the
     * domain and records its changes; the demo world on top.
     */
    static final List<String> BOTTOM_UP = List.of(
            "common",
            "platform",
            "enterprise",
            "audit",
            "institution",
            "access",
            "message",
            "management",
            "support",
            "nightly",
            "notification",
            "expiry",
            "operations",
            "demo");

    private static JavaClasses core;

    @BeforeAll
    static void readTheCompiledCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ebox");
    }

    @Test
    void componentsFormNoCycle() {
        slices().matching("org.ebox.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void eachComponentUsesOnlyTheComponentsBelowIt() {
        for (int level = 0; level < BOTTOM_UP.size(); level++) {
            String[] above = BOTTOM_UP.subList(level + 1, BOTTOM_UP.size()).stream()
                    .map(component -> "org.ebox." + component + "..")
                    .toArray(String[]::new);
            if (above.length > 0) {
                noClasses()
                        .that()
                        .resideInAPackage("org.ebox." + BOTTOM_UP.get(level) + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(above)
                        .because(BOTTOM_UP.get(level) + " stands below them")
                        .check(core);
            }
        }
    }

    @Test
    void everyPackageOfTheCoreBelongsToAComponentOfTheOrder() {
        noClasses()
                .that()
                .resideInAPackage("org.ebox..")
                .and()
                .resideOutsideOfPackages(
                        BOTTOM_UP.stream().map(c -> "org.ebox." + c + "..").toArray(String[]::new))
                .should()
                .resideInAPackage("org.ebox..")
                .because("a new component must be given its place in BOTTOM_UP")
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void entitiesUseNoBoundaryOrControlAndControlsUseNoBoundary() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "..control..")
                .check(core);
        noClasses()
                .that()
                .resideInAPackage("..control..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .check(core);
    }
}
