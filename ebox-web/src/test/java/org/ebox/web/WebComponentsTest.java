package org.ebox.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web layer's packages (pages by screen, the REST API, the session, configuration) form no cycle. */
class WebComponentsTest {

    @Test
    void webPackagesFormNoCycle() {
        JavaClasses web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ebox.web");
        slices().matching("org.ebox.web.(*)..").should().beFreeOfCycles().check(web);
    }
}
