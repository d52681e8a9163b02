package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.AdministratorManagesTheSchool;
import org.junit.jupiter.api.Test;

class AdministratorManagesTheSchoolTest {

    private static final String CODE = AccessRules.CODE_NOT_THE_ADMINISTRATOR;

    @Test
    void POL_4_6_the_administrator_enters_staff_classes_timetable_and_movement() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(ADMIN, RegisterStaffMember.of(StaffId.of("t-new"),
                PersonName.of("Новикова", "Ада", null), StaffRole.TEACHER)));
        acceptedCleanly(f.journal.execute(ADMIN, new CreateClass(ClassId.of("6a"), YEAR, 6, "А")));
        acceptedCleanly(f.journal.execute(ADMIN, AssignTeacher.of(C5A, PE, StaffId.of("t-new"))));
        acceptedCleanly(f.journal.execute(ADMIN, RecordMovement.transfer(KUZNETSOV, C5A, order("3-у"),
                MONDAY.plusDays(1))));
    }

    @Test
    void POL_4_6_the_director_a_teacher_and_the_class_teacher_do_not_set_the_school_up() {
        SchoolFixture f = guarded();

        Violation v = refusedBy(f.reject(DIRECTOR, RegisterStaffMember.of(StaffId.of("t-new"),
                PersonName.of("Новикова", "Ада", null), StaffRole.TEACHER)), CODE, "POL-4.6");
        assertThat(v.messageEn()).contains("'RegisterStaffMember'").contains("journal administrator");
        refusedBy(f.reject(MATH_TEACHER, new CreateClass(ClassId.of("6a"), YEAR, 6, "А")), CODE, "POL-4.6");
        refusedBy(f.reject(MATH_TEACHER, AssignTeacher.of(C5A, PE, MATH_TEACHER_ID)), CODE, "POL-4.6");
        // the class teacher keeps guardian data, but moving a pupil is the administrator's, by the director's order
        refusedBy(f.reject(RUS_TEACHER, RecordMovement.transfer(IVANOVA, C5B, order("3-у"), MONDAY.plusDays(1))),
                CODE, "POL-4.6");
        refusedBy(f.reject(CLERK, new RegisterStudent(StudentId.of("s-new"), PersonName.of("Новиков", "Лев", null),
                null)), CODE, "POL-4.6");
    }

    @Test
    void POL_4_6_closing_a_period_and_declaring_an_outage_are_the_administrators() {
        SchoolFixture f = guarded();
        DeclareOutage outage = new DeclareOutage(OutageId.of("o-1"), at(MONDAY, 8, 0), at(MONDAY, 9, 0),
                "сервер недоступен");

        Violation closing = refusedBy(f.reject(DIRECTOR, new ClosePeriod(Q1)), CODE, "POL-4.6");
        assertThat(closing.messageEn()).contains("(REC-6.4)");
        refusedBy(f.reject(MATH_TEACHER, outage), CODE, "POL-4.6");

        acceptedCleanly(f.journal.execute(ADMIN, new ClosePeriod(Q1)));
        acceptedCleanly(f.journal.execute(ADMIN, outage));
    }

    @Test
    void POL_4_6_closing_the_year_and_promoting_a_class_by_order_are_the_administrators() {
        SchoolFixture f = guarded();
        f.openTheNextYear();
        PromoteClass promotion = PromoteClass.of(C5A, C6A, order("88-у"), NEXT_FIRST,
                PupilDecision.conditionalPromotion(PETROV, java.util.Set.of(MATH)));

        Violation v = refusedBy(f.reject(DIRECTOR, promotion), CODE, "POL-4.6");
        assertThat(v.messageEn()).contains("'PromoteClass'");
        refusedBy(f.reject(RUS_TEACHER, promotion), CODE, "POL-4.6");
        acceptedCleanly(f.journal.execute(ADMIN, promotion));

        f.endTheYear();
        refusedBy(f.reject(DIRECTOR, CloseSchoolYear.of(YEAR)), CODE, "POL-4.6");
        refusedBy(f.reject(MATH_TEACHER, CloseSchoolYear.of(YEAR)), CODE, "POL-4.6");
        acceptedCleanly(f.journal.execute(ADMIN, new CloseSchoolYear(YEAR, order("101-о"))));
    }

    @Test
    void POL_4_6_an_installer_or_an_import_stands_for_the_administrator() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(INSTALLER, DefineSubject.of(SubjectId.of("cs"), "Информатика")));
        acceptedCleanly(f.journal.execute(IMPORT, new RegisterStudent(StudentId.of("s-new"),
                PersonName.of("Новиков", "Лев", null), null)));
    }

    @Test
    void POL_4_6_a_command_type_no_other_rule_claims_falls_to_the_administrator() {
        // fails closed: whatever is not a teacher's, a class teacher's or the leadership's is the administrator's
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked")
            Class<? extends Command> c = (Class<? extends Command>) type;
            boolean others = org.ejournal.rules.catalogue.TeachersWriteOnlyForTheirLessons.COMMANDS.contains(c)
                    || org.ejournal.rules.catalogue.ClassTeacherManagesPupilAndGuardianData.COMMANDS.contains(c)
                    || org.ejournal.rules.catalogue.OnlyLeadershipReopensPeriods.COMMANDS.contains(c);
            assertThat(AdministratorManagesTheSchool.governs(c)).as(c.getSimpleName()).isEqualTo(!others);
        }
    }

    @Test
    void POL_4_6_a_school_that_makes_the_rule_a_warning_gets_the_entry_with_the_warning() {
        SchoolFixture f = guarded(Profile.builder()
                .putSeverities(AdministratorManagesTheSchool.NAME, RuleSeverity.WARNING).build());

        Outcome o = f.journal.execute(DIRECTOR, new CreateClass(ClassId.of("6a"), YEAR, 6, "А"));

        assertThat(o.isAccepted()).isTrue();
        assertThat(o.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(CODE);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void POL_4_6_an_audit_finds_a_class_created_by_a_teacher() {
        SchoolFixture f = guarded();
        List<JournalEvent> events = new ArrayList<>(f.store.events(SCHOOL_ID).toList());
        events.add(new JournalEvent(events.size() + 1, at(MONDAY, 14, 0), MATH_TEACHER,
                new CreateClass(ClassId.of("6a"), YEAR, 6, "А"), List.of()));

        AuditReport report = Audit.run(school(), AccessRules.all(PROFILE), events.stream(), at(MONDAY, 15, 0));

        assertThat(report.findings()).singleElement()
                .satisfies(x -> assertThat(x.violation().code()).isEqualTo(CODE));
    }
}
