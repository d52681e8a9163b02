package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.AssignClassTeacher;
import org.ejournal.core.command.LinkGuardian;
import org.ejournal.core.command.RecordMovement;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.model.Contact;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.Kinship;
import org.ejournal.core.model.PersonName;
import org.ejournal.rules.catalogue.AccessRules;
import org.junit.jupiter.api.Test;

class ClassTeacherManagesPupilAndGuardianDataTest {

    private static final String CODE = AccessRules.CODE_NOT_THE_CLASS_TEACHER;
    private static final GuardianId FATHER = GuardianId.of("g-petrov");

    private static RegisterGuardian father() {
        return new RegisterGuardian(FATHER, PersonName.of("Петров", "Сергей", null),
                Contact.of(null, null, "г. Петропавловск-Камчатский, ул. Ленинская, 1"), false);
    }

    @Test
    void POL_4_5_the_class_teacher_registers_a_guardian_links_him_and_records_his_paper_report() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(RUS_TEACHER, father()));
        acceptedCleanly(f.journal.execute(RUS_TEACHER, new LinkGuardian(FATHER, PETROV, Kinship.FATHER)));
        acceptedCleanly(f.journal.execute(RUS_TEACHER, new RecordPaperReport(FATHER, PETROV, MONDAY.minusDays(7),
                MONDAY.minusDays(1))));
    }

    @Test
    void POL_4_5_a_subject_teacher_who_is_no_class_teacher_manages_no_guardian_data() {
        SchoolFixture f = guarded();

        Violation v = refusedBy(f.reject(MATH_TEACHER, father()), CODE, "POL-4.5");
        assertThat(v.messageEn()).contains("is no class teacher in the school year of " + MONDAY);
        f.accept(ADMIN, father());
        refusedBy(f.reject(MATH_TEACHER, new LinkGuardian(FATHER, PETROV, Kinship.FATHER)), CODE, "POL-4.5");
        refusedBy(f.reject(DIRECTOR, new LinkGuardian(FATHER, PETROV, Kinship.FATHER)), CODE, "POL-4.5");
        refusedBy(f.reject(MATH_TEACHER, new RecordPaperReport(IVANOVA_MOTHER, IVANOVA, MONDAY.minusDays(7),
                MONDAY)), CODE, "POL-4.5");
    }

    @Test
    void POL_4_5_a_class_teacher_manages_only_her_own_class() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, father());

        Violation v = refusedBy(f.reject(RUS_TEACHER, new LinkGuardian(FATHER, KUZNETSOV, Kinship.FATHER)), CODE,
                "POL-4.5");
        assertThat(v.messageEn()).contains("class teacher of class 5Б");
    }

    @Test
    void POL_4_5_the_administrator_and_an_import_manage_any_pupils_guardians() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(IMPORT, father()));
        acceptedCleanly(f.journal.execute(ADMIN, new LinkGuardian(FATHER, KUZNETSOV, Kinship.FATHER)));
        acceptedCleanly(f.journal.execute(IMPORT, new LinkGuardian(FATHER, PETROV, Kinship.FATHER)));
    }

    @Test
    void POL_4_5_the_pupils_class_is_the_one_she_is_in_on_the_schools_day_not_the_servers() {
        SchoolFixture f = guarded();
        Actor classTeacher5b = staff(f, "t-5b", org.ejournal.core.model.StaffRole.TEACHER);
        f.accept(ADMIN, new AssignClassTeacher(C5B, idOf(classTeacher5b)));
        LocalDate transfer = LocalDate.of(2026, 10, 12);
        f.accept(ADMIN, RecordMovement.transfer(IVANOVA, C5B, order("7-у"), transfer));
        f.accept(ADMIN, father());
        // 00:30 on 12 October in Kamchatka is still 11 October in UTC (and on the test JVM)
        f.clock.set(at(transfer, 0, 30));
        assertThat(LocalDateTime.ofInstant(f.clock.instant(), ZoneOffset.UTC).toLocalDate())
                .isEqualTo(transfer.minusDays(1));

        refusedBy(f.reject(RUS_TEACHER, new LinkGuardian(FATHER, IVANOVA, Kinship.FATHER)), CODE, "POL-4.5");
        acceptedCleanly(f.journal.execute(classTeacher5b, new LinkGuardian(FATHER, IVANOVA, Kinship.FATHER)));
    }

    @Test
    void POL_4_5_a_pupil_in_no_class_that_day_is_left_to_the_administrator() {
        SchoolFixture f = guarded();
        f.accept(ADMIN, RecordMovement.withdrawal(PETROV, order("9-у"), MONDAY));
        f.accept(ADMIN, father());

        Violation v = refusedBy(f.reject(RUS_TEACHER, new LinkGuardian(FATHER, PETROV, Kinship.FATHER)), CODE,
                "POL-4.5");
        assertThat(v.messageEn()).contains("the pupil is in no class");
        acceptedCleanly(f.journal.execute(ADMIN, new LinkGuardian(FATHER, PETROV, Kinship.FATHER)));
    }

    @Test
    void POL_4_5_an_audit_finds_a_guardian_linked_by_a_subject_teacher() {
        SchoolFixture f = guarded();
        List<JournalEvent> events = new ArrayList<>(f.store.events(SCHOOL_ID).toList());
        events.add(new JournalEvent(events.size() + 1, at(MONDAY, 14, 0), ADMIN, father(), List.of()));
        events.add(new JournalEvent(events.size() + 1, at(MONDAY, 14, 5), MATH_TEACHER,
                new LinkGuardian(FATHER, PETROV, Kinship.FATHER), List.of()));

        AuditReport report = Audit.run(school(), AccessRules.all(PROFILE), events.stream(), at(MONDAY, 15, 0));

        assertThat(report.findings()).singleElement().satisfies(x -> {
            assertThat(x.violation().code()).isEqualTo(CODE);
            assertThat(x.sequence()).isEqualTo(events.size());
        });
    }
}
