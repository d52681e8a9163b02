package org.ejournal.rules.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.DeclareOutage;
import org.ejournal.core.model.OutageId;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RuleSeverity;
import org.ejournal.rules.catalogue.DeadlineRules;

/** The fixture school with the deadline rules, and short ways to act at a given local time and to audit it. */
final class Deadlines {

    private Deadlines() {
    }

    /** @return the fixture school whose journal has the deadline rules of the profile */
    static SchoolFixture school(Profile profile) {
        return SchoolFixture.create(b -> b.rules(DeadlineRules.all(profile)));
    }

    /** @return the fixture school with the regulation's defaults */
    static SchoolFixture school() {
        return school(Profile.defaults());
    }

    /** @return a profile in which the named rule blocks */
    static Profile blocking(String rule) {
        return Profile.builder().putSeverities(rule, RuleSeverity.BLOCKING).build();
    }

    /** @return the instant of a local time in Kamchatka */
    static Instant at(LocalDate day, int hour, int minute) {
        return SchoolFixture.at(day, hour, minute);
    }

    /** Moves the clock to an instant and executes; asserts acceptance. */
    static Outcome.Accepted acceptAt(SchoolFixture school, Instant when, Actor actor, Command command) {
        school.clock.set(when);
        return school.accept(actor, command);
    }

    /** Moves the clock to an instant and executes; asserts rejection and that nothing changed. */
    static Outcome.Rejected rejectAt(SchoolFixture school, Instant when, Actor actor, Command command) {
        school.clock.set(when);
        return school.reject(actor, command);
    }

    /** @return the codes of an outcome's violations (warnings and notes, or the rejection's) */
    static List<String> codes(Outcome outcome) {
        return outcome.violations().stream().map(Violation::code).toList();
    }

    /** @return the only violation of an outcome, asserting there is exactly one */
    static Violation only(Outcome outcome) {
        assertThat(outcome.violations()).hasSize(1);
        return outcome.violations().get(0);
    }

    /** Declares an outage (by the administrator) at its end. */
    static void outage(SchoolFixture school, String id, Instant start, Instant end, String reason) {
        acceptAt(school, end, SchoolFixture.ADMIN, new DeclareOutage(OutageId.of(id), start, end, reason));
    }

    /** Audit mode over the school's whole history, with the deadline rules of the profile. */
    static AuditReport audit(SchoolFixture school, Profile profile, Instant asOf) {
        try (Stream<JournalEvent> events = school.store.events(SchoolFixture.SCHOOL_ID)) {
            return Audit.run(school.journal.school(), DeadlineRules.all(profile), events, asOf);
        }
    }

    /** @return what the audit found outstanding at its end, with the given code */
    static List<Violation> outstanding(AuditReport report, String code) {
        return report.findings().stream().filter(f -> f.sequence() == 0).map(AuditReport.Finding::violation)
                .filter(v -> v.code().equals(code)).toList();
    }
}
