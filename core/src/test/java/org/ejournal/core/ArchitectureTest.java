package org.ejournal.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md §2 and §4, checked on the compiled main classes: the core depends only on
 * the JDK, Bean Validation, Hibernate Validator, SLF4J and the Immutables annotations; it knows
 * nothing of JDBC, JSON, PDF or files; {@code internal} stays internal; time comes from a clock.
 */
class ArchitectureTest {

    private static final String CORE = "org.ejournal.core..";
    private static final String INTERNAL = "org.ejournal.core.internal..";

    /** Every main class of the library on the class path (every module's, as modules are added). */
    private static JavaClasses library;

    @BeforeAll
    static void importTheLibrary() {
        library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ejournal");
    }

    /** DESIGN.md §2: the core's only dependencies. */
    static final ArchRule CORE_DEPENDS_ONLY_ON_ITS_ALLOWED_LIBRARIES = classes()
            .that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..",
                    "org.hibernate.validator..", "org.slf4j..", "org.immutables..", CORE)
            .because("DESIGN.md §2: core may depend on the validation API, Hibernate Validator, SLF4J and "
                    + "Immutables (compile only)");

    /** Immutables is a compile-only dependency: annotations (and their attribute types) only. */
    static final ArchRule IMMUTABLES_ONLY_AS_ANNOTATIONS = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat(resideInAPackage("org.immutables..").and(not(annotationOrItsAttribute())))
            .because("Immutables is `provided`: nothing of it may be needed at run time");

    /** DESIGN.md §2: core knows nothing of JDBC, JSON, PDF or files. */
    static final ArchRule CORE_KNOWS_NOTHING_OF_STORAGE_FORMATS_OR_FILES = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat(resideInAnyPackage(
                    "java.sql..", "javax.sql..",
                    "com.fasterxml.jackson..", "jakarta.json..", "javax.json..", "org.json..", "com.google.gson..",
                    "com.lowagie..", "org.openpdf..", "com.itextpdf..", "org.apache.pdfbox..",
                    "org.apache.commons.csv..", "org.dhatim..", "org.apache.poi..",
                    "java.nio.file..")
                    .or(JavaClass.Predicates.belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
                            java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
                            java.io.RandomAccessFile.class, java.nio.channels.FileChannel.class)))
            .because("DESIGN.md §2: stores, interchange and renderers live in their own modules");

    /** DESIGN.md §2: {@code internal} is never used across modules. */
    static final ArchRule INTERNAL_IS_NOT_USED_OUTSIDE_THE_CORE = noClasses()
            .that().resideOutsideOfPackage(CORE)
            .should().dependOnClassesThat().resideInAPackage(INTERNAL)
            .allowEmptyShould(true) // true while core is the only module on the class path
            .because("DESIGN.md §2: internal is never used across modules");

    /** The public API does not leak the internals; the facade is the one class that holds them. */
    static final ArchRule PUBLIC_PACKAGES_DO_NOT_USE_INTERNAL = noClasses()
            .that().resideInAPackage(CORE)
            .and().resideOutsideOfPackage(INTERNAL)
            .and().doNotHaveFullyQualifiedName(Journal.class.getName())
            .and().doNotHaveFullyQualifiedName(Audit.class.getName())
            .and().doNotHaveFullyQualifiedName(RuleSet.class.getName())
            .should().dependOnClassesThat().resideInAPackage(INTERNAL)
            .because("only the entry points, Journal (gate mode) and Audit (audit mode), and the rule index "
                    + "they share hold the internal state, checks and reads");

    /** DESIGN.md §4: time is injected; nothing reads the system clock on its own. */
    static final ArchRule TIME_COMES_FROM_THE_CLOCK = noClasses()
            .that().resideInAPackage(CORE)
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("DESIGN.md §4: a Clock and the school's ZoneId; no now() without a clock");

    @Test
    void the_import_holds_the_main_classes_and_no_tests() {
        assertThat(library.contain(Journal.class)).isTrue();
        assertThat(library.contain(org.ejournal.core.internal.JournalState.class)).isTrue();
        assertThat(library.contain(org.ejournal.core.model.ImmutableLesson.class)).isTrue();
        assertThat(library.contain(SchoolFixture.class)).isFalse();
        assertThat(library.contain(ArchitectureTest.class)).isFalse();
        assertThat(library.that(resideInAPackage(CORE))).hasSizeGreaterThan(100);
    }

    @Test
    void core_depends_only_on_the_jdk_validation_slf4j_and_immutables() {
        CORE_DEPENDS_ONLY_ON_ITS_ALLOWED_LIBRARIES.check(library);
    }

    @Test
    void immutables_is_used_only_through_its_annotations() {
        IMMUTABLES_ONLY_AS_ANNOTATIONS.check(library);
    }

    @Test
    void core_knows_nothing_of_jdbc_json_pdf_or_files() {
        CORE_KNOWS_NOTHING_OF_STORAGE_FORMATS_OR_FILES.check(library);
    }

    @Test
    void internal_is_not_used_outside_the_core() {
        INTERNAL_IS_NOT_USED_OUTSIDE_THE_CORE.check(library);
    }

    @Test
    void only_the_journal_facade_uses_internal() {
        PUBLIC_PACKAGES_DO_NOT_USE_INTERNAL.check(library);
    }

    @Test
    void time_is_read_only_from_the_injected_clock() {
        TIME_COMES_FROM_THE_CLOCK.check(library);
    }

    @Test
    void logging_goes_through_slf4j_only() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(library);
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(library);
    }

    /**
     * The rules can fail: test classes break them — this class uses ArchUnit and names
     * {@code java.io.File}, the fixture hands out the internal state.
     */
    @Test
    void the_rules_catch_violations() {
        JavaClasses tests = new ClassFileImporter().importClasses(ArchitectureTest.class, SchoolFixture.class);
        assertThat(CORE_DEPENDS_ONLY_ON_ITS_ALLOWED_LIBRARIES.evaluate(tests).hasViolation()).isTrue();
        assertThat(CORE_KNOWS_NOTHING_OF_STORAGE_FORMATS_OR_FILES.evaluate(tests).hasViolation()).isTrue();
        assertThat(PUBLIC_PACKAGES_DO_NOT_USE_INTERNAL.evaluate(tests).hasViolation()).isTrue();
        assertThat(PUBLIC_PACKAGES_DO_NOT_USE_INTERNAL.evaluate(library.that(resideInAPackage(CORE))).hasViolation())
                .isFalse();
    }

    private static DescribedPredicate<JavaClass> annotationOrItsAttribute() {
        return DescribedPredicate.describe("annotations or types nested in annotations",
                c -> c.isAnnotation() || c.getEnclosingClass().map(JavaClass::isAnnotation).orElse(false));
    }
}
