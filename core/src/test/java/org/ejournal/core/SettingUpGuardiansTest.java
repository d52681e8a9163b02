package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.core.ViolationCodes.*;

import java.util.List;
import org.ejournal.core.command.LinkGuardian;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.model.*;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Guardians (законные представители) are registered with their contact and linked to their
 * children (POL-4.5); one who declined electronic access must be reachable for the weekly paper
 * report (POL-8.3).
 */
class SettingUpGuardiansTest {

    static final GuardianId FATHER = GuardianId.of("g-petrov");
    static final PersonName PETROV_SENIOR = PersonName.of("Петров", "Иван", "Иванович");

    private final SchoolFixture school = SchoolFixture.create();

    private static List<String> concerns(Outcome.Rejected rejected) {
        return rejected.violations().stream().map(Violation::concerns).toList();
    }

    @Nested
    class RegisteringGuardians {

        @Test
        void a_registered_guardian_with_electronic_access_may_read_the_journal() {
            Actor father = Actor.guardian(FATHER);
            assertThat(school.journal.diary(father, PETROV, MONDAY, MONDAY).isGranted()).isFalse();

            school.accept(ADMIN, new RegisterGuardian(FATHER, PETROV_SENIOR,
                    Contact.of(null, "petrov@example.ru", null), true));

            assertThat(school.journal.diary(father, PETROV, MONDAY, MONDAY).isGranted()).isTrue();
            Guardian guardian = school.state().guardian(FATHER).orElseThrow();
            assertThat(guardian.electronicAccess()).isTrue();
            assertThat(guardian.contact().email()).isEqualTo("petrov@example.ru");
            assertThat(guardian.name().fullName()).isEqualTo("Петров Иван Иванович");
        }

        @Test
        void a_guardian_who_declined_electronic_access_is_registered_with_a_phone() {
            school.accept(ADMIN, new RegisterGuardian(FATHER, PETROV_SENIOR, Contact.of("+7 (4152) 20-00-03", null,
                    null), false));

            Guardian guardian = school.state().guardian(FATHER).orElseThrow();
            assertThat(guardian.electronicAccess()).isFalse();
            assertThat(guardian.contact().isReachableOnPaper()).isTrue();
        }

        @Test
        void a_guardian_who_declined_electronic_access_is_registered_with_a_postal_address() {
            school.accept(ADMIN, new RegisterGuardian(FATHER, PETROV_SENIOR,
                    Contact.of(null, null, "683000, Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2"), false));

            assertThat(school.state().guardian(FATHER).orElseThrow().electronicAccess()).isFalse();
        }

        @Test
        void a_guardian_with_electronic_access_needs_no_contact() {
            school.accept(ADMIN, new RegisterGuardian(FATHER, PETROV_SENIOR, Contact.NONE, true));

            assertThat(school.state().guardian(FATHER).orElseThrow().contact()).isEqualTo(Contact.NONE);
        }

        @Test
        void a_guardian_who_declined_electronic_access_with_only_an_email_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new RegisterGuardian(FATHER, PETROV_SENIOR,
                    Contact.of(null, "petrov@example.ru", null), false));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(concerns(rejected)).containsExactly("RegisterGuardian.reachable");
            assertThat(rejected.violations().get(0).clause()).isEqualTo("POL-4.5");
            assertThat(rejected.violations().get(0).messageRu()).contains("телефон или почтовый адрес");
            assertThat(school.state().guardian(FATHER)).isEmpty();
        }

        @Test
        void a_guardian_who_declined_electronic_access_without_any_contact_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new RegisterGuardian(FATHER, PETROV_SENIOR, Contact.NONE, false));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(concerns(rejected)).containsExactly("RegisterGuardian.reachable");
        }

        @Test
        void a_phone_of_spaces_and_a_blank_address_do_not_make_a_guardian_reachable_on_paper() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new RegisterGuardian(FATHER, PETROV_SENIOR, Contact.of("     ", null, "  "), false));

            assertThat(rejected.codes()).containsExactly(INVALID_VALUE);
            assertThat(concerns(rejected)).containsExactly("RegisterGuardian.reachable");
        }

        @Test
        void a_guardian_id_already_taken_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new RegisterGuardian(IVANOVA_MOTHER, PETROV_SENIOR,
                    Contact.of("+74152000003", null, null), false));

            assertThat(rejected.codes()).containsExactly(DUPLICATE_ID);
            assertThat(concerns(rejected)).containsExactly("RegisterGuardian.id");
            assertThat(school.state().guardian(IVANOVA_MOTHER).orElseThrow().name().surname()).isEqualTo("Иванова");
        }
    }

    @Nested
    class LinkingGuardians {

        private void registerFather() {
            school.accept(ADMIN, new RegisterGuardian(FATHER, PETROV_SENIOR, Contact.of("+74152000003", null, null),
                    false));
        }

        @Test
        void a_linked_guardian_is_among_the_pupils_guardians_and_the_pupil_among_their_children() {
            registerFather();

            school.accept(ADMIN, new LinkGuardian(FATHER, PETROV, Kinship.FATHER));

            assertThat(school.state().guardiansOf(PETROV)).containsExactly(new GuardianLink(FATHER, PETROV,
                    Kinship.FATHER));
            assertThat(school.state().childrenOf(FATHER)).containsExactly(PETROV);
            assertThat(school.state().childrenOf(IVANOVA_MOTHER)).containsExactly(IVANOVA);
        }

        @Test
        void a_guardian_may_have_several_children_and_a_pupil_several_guardians() {
            registerFather();

            school.accept(ADMIN, new LinkGuardian(FATHER, PETROV, Kinship.FATHER));
            school.accept(ADMIN, new LinkGuardian(FATHER, SIDOROV, Kinship.CUSTODIAN));
            school.accept(ADMIN, new LinkGuardian(FATHER, IVANOVA, Kinship.OTHER));

            assertThat(school.state().childrenOf(FATHER)).containsExactlyInAnyOrder(PETROV, SIDOROV, IVANOVA);
            assertThat(school.state().guardiansOf(IVANOVA)).extracting(GuardianLink::guardian)
                    .containsExactly(IVANOVA_MOTHER, FATHER);
        }

        @Test
        void a_link_already_recorded_is_rejected_whatever_the_kinship() {
            Outcome.Rejected same = school.reject(ADMIN, new LinkGuardian(IVANOVA_MOTHER, IVANOVA, Kinship.MOTHER));
            Outcome.Rejected other = school.reject(ADMIN, new LinkGuardian(IVANOVA_MOTHER, IVANOVA, Kinship.CUSTODIAN));

            assertThat(same.codes()).containsExactly(ALREADY_RECORDED);
            assertThat(concerns(same)).containsExactly("LinkGuardian.student");
            assertThat(same.violations().get(0).clause()).isEqualTo("POL-4.5");
            assertThat(other.codes()).containsExactly(ALREADY_RECORDED);
            assertThat(school.state().guardiansOf(IVANOVA)).containsExactly(new GuardianLink(IVANOVA_MOTHER, IVANOVA,
                    Kinship.MOTHER));
        }

        @Test
        void a_link_of_an_unknown_guardian_is_rejected() {
            Outcome.Rejected rejected = school.reject(ADMIN, new LinkGuardian(FATHER, PETROV, Kinship.FATHER));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("LinkGuardian.guardian");
            assertThat(school.state().guardiansOf(PETROV)).isEmpty();
        }

        @Test
        void a_link_to_an_unknown_pupil_is_rejected() {
            registerFather();

            Outcome.Rejected rejected = school.reject(ADMIN,
                    new LinkGuardian(FATHER, StudentId.of("s-petrov-junior"), Kinship.FATHER));

            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE);
            assertThat(concerns(rejected)).containsExactly("LinkGuardian.student");
            assertThat(school.state().childrenOf(FATHER)).isEmpty();
        }

        @Test
        void a_link_between_an_unknown_guardian_and_an_unknown_pupil_reports_both() {
            Outcome.Rejected rejected = school.reject(ADMIN,
                    new LinkGuardian(FATHER, StudentId.of("s-petrov-junior"), Kinship.FATHER));

            assertThat(concerns(rejected)).containsExactly("LinkGuardian.guardian", "LinkGuardian.student");
            assertThat(rejected.codes()).containsExactly(UNKNOWN_REFERENCE, UNKNOWN_REFERENCE);
        }
    }
}
