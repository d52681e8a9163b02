package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.time.LocalDate;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.model.Contact;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudentId;
import org.junit.jupiter.api.Test;

/** Personal data (152-ФЗ, REC-1.8) never reaches a log through {@code toString}. */
class PersonalDataTest {

    private static final PersonName NAME = PersonName.of("Тайнова", "Секретина", "Скрытовна");
    private static final Contact CONTACT = Contact.of("+74150000077", "tainova@example.ru", "ул. Тайная, 7");

    @Test
    void names_contacts_and_birth_dates_are_redacted_from_every_text_form() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(ADMIN, new RegisterStudent(StudentId.of("s-secret"), NAME, LocalDate.of(2014, 2, 3)));
        f.accept(ADMIN, new RegisterGuardian(GuardianId.of("g-secret"), NAME, CONTACT, false));
        f.accept(ADMIN, RegisterStaffMember.of(StaffId.of("t-secret"), NAME, StaffRole.TEACHER));

        String texts = String.join("\n",
                NAME.toString(), CONTACT.toString(),
                new RegisterStudent(StudentId.of("s-secret"), NAME, LocalDate.of(2014, 2, 3)).toString(),
                new RegisterGuardian(GuardianId.of("g-secret"), NAME, CONTACT, false).toString(),
                RegisterStaffMember.of(StaffId.of("t-secret"), NAME, StaffRole.TEACHER).toString(),
                f.state().student(StudentId.of("s-secret")).orElseThrow().toString(),
                f.state().guardian(GuardianId.of("g-secret")).orElseThrow().toString(),
                f.state().staffMember(StaffId.of("t-secret")).orElseThrow().toString(),
                f.store.events(SCHOOL_ID).map(Object::toString).reduce("", String::concat));

        assertThat(texts).doesNotContain("Тайнова", "Секретина", "Скрытовна", "74150000077", "tainova", "Тайная",
                "2014-02-03");
        assertThat(texts).contains("s-secret", "g-secret", "t-secret");
    }
}
