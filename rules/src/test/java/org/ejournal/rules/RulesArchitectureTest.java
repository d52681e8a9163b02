package org.ejournal.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md §2: the rules module depends on core only, and never on core's internals. */
class RulesArchitectureTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ejournal.rules");

    @Test
    void the_rules_depend_only_on_the_jdk_and_core() {
        classes().that().resideInAPackage("org.ejournal.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.ejournal.core..",
                        "org.ejournal.rules..", "org.immutables..", "javax.annotation..")
                .check(RULES);
    }

    @Test
    void the_rules_never_use_core_internals() {
        noClasses().that().resideInAPackage("org.ejournal.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.ejournal.core.internal..")
                .check(RULES);
    }

    @Test
    void rules_internals_stay_inside_the_rules_module() {
        noClasses().that().resideOutsideOfPackage("org.ejournal.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.ejournal.rules.internal..")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ejournal"));
    }
}
