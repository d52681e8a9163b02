package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.ADMIN;

import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationAccessPolicy;
import org.ejournal.rules.catalogue.AccessRules;

/** The fixture's school with the access rules and the regulation's read policy, and small helpers. */
final class AccessTesting {

    static final Profile PROFILE = Profile.defaults();
    static final Actor CLERK = Actor.staff(SchoolFixture.CLERK_ID);
    static final Actor IVANOVA_PUPIL = Actor.student(SchoolFixture.IVANOVA);
    static final Actor PETROV_PUPIL = Actor.student(SchoolFixture.PETROV);
    static final Actor MOTHER = Actor.guardian(SchoolFixture.IVANOVA_MOTHER);
    static final Actor IMPORT = Actor.system("import");

    private AccessTesting() {
    }

    /** @return the fixture's school, journal built with {@code AccessRules.all} and {@code RegulationAccessPolicy} */
    static SchoolFixture guarded() {
        return guarded(PROFILE);
    }

    static SchoolFixture guarded(Profile profile) {
        return SchoolFixture.create(b -> b.rules(AccessRules.all(profile)).access(new RegulationAccessPolicy(profile)));
    }

    /** Registers a member of staff through the administrator and returns them as an actor. */
    static Actor staff(SchoolFixture f, String id, StaffRole... roles) {
        f.accept(ADMIN, RegisterStaffMember.of(StaffId.of(id), PersonName.of("Сотрудникова", id, null), roles));
        return Actor.staff(StaffId.of(id));
    }

    static StaffId idOf(Actor staff) {
        return ((Actor.StaffActor) staff).id();
    }

    /** Asserts that the outcome was refused by exactly one blocking violation with this code and clause. */
    static Violation refusedBy(Outcome outcome, String code, String clause) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        List<Violation> vs = outcome.violations();
        assertThat(vs).as("violations").hasSize(1);
        Violation v = vs.get(0);
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.clause()).isEqualTo(clause);
        assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(v.messageRu()).isNotBlank();
        assertThat(v.messageEn()).isNotBlank();
        return v;
    }

    /** Asserts acceptance without any violation at all. */
    static void acceptedCleanly(Outcome outcome) {
        assertThat(outcome.violations()).as("violations").isEmpty();
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    }

    /** @return whether the code is one of access separation's, EJ2100–EJ2149 */
    static boolean isAccessCode(String code) {
        return code.matches("EJ21[0-4][0-9]");
    }
}
