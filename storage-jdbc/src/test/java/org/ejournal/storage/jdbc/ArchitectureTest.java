package org.ejournal.storage.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §2: the JDBC store depends on the core's public API (never its {@code internal} package, nor
 * the rules), on JDBC, SQLite's driver, Flyway and SLF4J — and on nothing of PostgreSQL's driver, which
 * is the host's optional choice.
 */
class ArchitectureTest {

    private final JavaClasses store = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ejournal.storage.jdbc");

    @Test
    void the_store_uses_only_the_cores_public_api_jdbc_sqlite_flyway_and_slf4j() {
        classes().that().resideInAPackage("org.ejournal.storage.jdbc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..",
                        "org.ejournal.storage.jdbc..", "org.ejournal.core", "org.ejournal.core.store..",
                        "org.ejournal.core.log..", "org.ejournal.core.model..", "org.sqlite..", "org.flywaydb..",
                        "org.slf4j..")
                .check(store);
    }
}
