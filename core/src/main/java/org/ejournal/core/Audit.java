package org.ejournal.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.ejournal.core.command.Command;
import org.ejournal.core.internal.Checks;
import org.ejournal.core.internal.CommandValidation;
import org.ejournal.core.internal.JournalState;
import org.ejournal.core.model.School;
import org.ejournal.core.rule.Rule;

/**
 * Audit mode: the same rules that guard commands at entry, run over recorded or imported events
 * afterwards, each judged with its own recorded instant and actor against the journal as it stood
 * before it. This is how a regional vendor validates a school's export, and how another system is
 * tested against this one.
 *
 * <p>Each event is checked like a command (its actor, its values, the journal's integrity) and then
 * by the rules. An event that breaks the journal's integrity (an unknown pupil, a mark outside the
 * scale) cannot be applied and is reported; any other event is applied even if a rule found a
 * blocking violation — it was recorded, and later events are judged in its light. After the last
 * event each rule is asked what was {@linkplain Rule#outstanding outstanding} at {@code asOf}.
 * The cost is linear in the number of events.
 */
public final class Audit {

    private Audit() {
    }

    /**
     * Audits a log of events.
     *
     * @param school the school whose events these are, not {@code null}
     * @param rules the rules to judge by, not {@code null}
     * @param events the events in log order, not {@code null}; read once
     * @param asOf the instant at which to judge what is outstanding, not {@code null}
     * @return every finding
     * @throws IllegalStateException (code {@code EJ1900}) if a rule throws
     */
    public static AuditReport run(School school, Iterable<? extends Rule> rules, Stream<JournalEvent> events,
            Instant asOf) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(asOf, "asOf");
        List<Rule> ruleList = new ArrayList<>();
        rules.forEach(r -> ruleList.add(Objects.requireNonNull(r, "rule")));
        RuleSet ruleSet = new RuleSet(ruleList);
        JournalState state = new JournalState(school);
        EventClock clock = new EventClock(school.zone());
        Checks checks = new Checks(state, clock);
        CommandValidation validation = CommandValidation.library(clock);
        List<AuditReport.Finding> findings = new ArrayList<>();
        long read = 0;
        long applied = 0;
        Iterator<JournalEvent> it = Objects.requireNonNull(events, "events").iterator();
        while (it.hasNext()) {
            JournalEvent recorded = it.next();
            read++;
            long position = read;
            clock.instant = recorded.recordedAt();
            Command command = recorded.command();
            List<Violation> integrity = new ArrayList<>();
            checks.checkActor(recorded.actor()).ifPresent(integrity::add);
            List<Violation> invalid = validation.validate(command);
            integrity.addAll(invalid);
            if (invalid.isEmpty()) {
                integrity.addAll(checks.check(command));
            }
            integrity.forEach(v -> findings.add(new AuditReport.Finding(position, v)));
            if (!integrity.isEmpty()) {
                continue;
            }
            JournalEvent candidate = new JournalEvent(state.size() + 1, recorded.recordedAt(), recorded.actor(),
                    command, List.of());
            for (Violation v : ruleSet.judge(candidate, state)) {
                findings.add(new AuditReport.Finding(position, v));
            }
            state.apply(candidate);
            applied++;
        }
        for (Rule rule : ruleList) {
            try (Stream<Violation> found = rule.outstanding(asOf, state)) {
                found.forEach(v -> findings.add(new AuditReport.Finding(0, v)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("EJ1900 rule " + rule.id() + " failed on what is outstanding", e);
            }
        }
        return new AuditReport(read, applied, findings);
    }

    /**
     * The clock Bean Validation ({@code @Past}) and the checks (has a school year ended?) read: the
     * instant of the event being judged.
     */
    private static final class EventClock extends Clock {
        private final ZoneId zone;
        private Instant instant = Instant.EPOCH;

        EventClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            EventClock c = new EventClock(zone);
            c.instant = instant;
            return c;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
