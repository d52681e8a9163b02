package org.ejournal.core.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.ejournal.core.Actor;
import org.ejournal.core.FixtureUniverse;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.testkit.gen.Attempt;
import org.ejournal.testkit.gen.Commands;
import org.ejournal.testkit.gen.Gen;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;

/**
 * Random events for the codec's tests: commands from the test kit's {@link Commands#historiesOver}
 * over {@link org.ejournal.core.SchoolFixture}'s school (valid and invalid ones), mixed with commands
 * that stress the encoding rather than the rules (large sets with a null element, decimals of every
 * scale, extreme dates and instants, every nullable component null, any Unicode text, controls and
 * NUL included), wrapped with random sequences, instants, actors and warnings. The stressing values
 * break the domain's constraints on purpose, so they are the codec's own, not the test kit's.
 * Framework-neutral: every method draws from a {@link RandomGenerator}; {@link #events()} adapts them
 * to QuickTheories through {@link QuickTheoriesGens}.
 */
final class RandomEvents {

    /** Up to six attempts over the fixture's school; the last is the event's command. */
    private static final Gen<List<Attempt>> HISTORIES = Commands.historiesOver(FixtureUniverse.of(), 6);

    private RandomEvents() {
    }

    /** @return random events, valid and invalid commands alike, as a QuickTheories generator */
    static org.quicktheories.core.Gen<JournalEvent> events() {
        return QuickTheoriesGens.of(RandomEvents::event);
    }

    /**
     * @param r the source of randomness
     * @return one random event
     */
    static JournalEvent event(RandomGenerator r) {
        Command command;
        Actor actor;
        if (r.nextInt(10) < 7) {
            // a few attempts first, so that the last one may refer to identifiers they minted
            List<Attempt> attempts = HISTORIES.next(r);
            Attempt last = attempts.get(attempts.size() - 1);
            command = last.command();
            actor = r.nextInt(3) == 0 ? actor(r) : last.actor();
        } else {
            command = stressing(r);
            actor = actor(r);
        }
        return new JournalEvent(sequence(r), instant(r), actor, command, warnings(r));
    }

    static long sequence(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> 1 + r.nextInt(1000);
            case 1 -> Long.MAX_VALUE - r.nextInt(3);
            default -> 1 + (r.nextLong() & 0x7FFF_FFFF_FFFF_FFFEL);
        };
    }

    static Instant instant(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextInt(2) == 0 ? Instant.MIN : Instant.MAX;
            case 1 -> Instant.ofEpochSecond(r.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                    r.nextInt(1_000_000_000));
            case 2 -> Instant.ofEpochSecond(-r.nextInt(2_000_000_000), r.nextInt(1_000_000_000));
            default -> CodecSamples.T0.plusSeconds(r.nextInt(30_000_000)).plusNanos(r.nextInt(2) == 0 ? 0 : r.nextInt(1_000_000_000));
        };
    }

    static Actor actor(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> Actor.staff(StaffId.of(id(r)));
            case 1 -> Actor.student(StudentId.of(id(r)));
            case 2 -> Actor.guardian(GuardianId.of(id(r)));
            default -> Actor.system(id(r));
        };
    }

    static List<Violation> warnings(RandomGenerator r) {
        int n = r.nextInt(3) == 0 ? r.nextInt(4) : 0;
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Violation(text(r, 8), text(r, 8), Severity.values()[r.nextInt(3)], text(r, 30),
                    text(r, 60), text(r, 60)));
        }
        return out;
    }

    /** @return an identifier's text: 1 to 64 characters, no white space, any script */
    static String id(RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(r.nextInt(4) == 0 ? 64 : 12);
        while (b.length() < n) {
            int cp = codePoint(r);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && b.length() + Character.charCount(cp) <= 64) {
                b.appendCodePoint(cp);
            } else if (b.length() + 1 <= 64) {
                b.append('x');
            }
        }
        return b.toString();
    }

    /** @return any text of up to {@code max} code points: Latin, Cyrillic, controls, NUL, emoji, CJK */
    static String text(RandomGenerator r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(codePoint(r));
        }
        return b.toString();
    }

    private static int codePoint(RandomGenerator r) {
        return switch (r.nextInt(8)) {
            case 0 -> r.nextInt(0x20);                  // controls and NUL
            case 1 -> 0x410 + r.nextInt(0x40);          // А–я
            case 2 -> 0x1F600 + r.nextInt(0x50);        // emoji, a surrogate pair in Java
            case 3 -> 0x4E00 + r.nextInt(0x100);        // CJK
            case 4 -> pickOf(r, 0x401, 0x451, 0xA0, 0x2028, 0xFEFF, 0xFFFF, 0x10FFFF);
            default -> 0x20 + r.nextInt(0x5F);          // printable ASCII
        };
    }

    private static int pickOf(RandomGenerator r, int... options) {
        return options[r.nextInt(options.length)];
    }

    /** @return a command that stresses the encoding rather than the rules */
    static Command stressing(RandomGenerator r) {
        switch (r.nextInt(9)) {
            case 0: {
                Set<StudentId> members = new java.util.HashSet<>();
                int n = r.nextInt(25);
                for (int i = 0; i < n; i++) {
                    members.add(r.nextInt(15) == 0 ? null : StudentId.of(id(r)));
                }
                return new CreateGroup(GroupId.of(id(r)), ClassId.of(id(r)), text(r, 20), members);
            }
            case 1: {
                Set<LocalDate> off = new java.util.HashSet<>();
                Set<LocalDate> extra = new java.util.TreeSet<>();
                List<Vacation> vacations = new ArrayList<>();
                for (int i = r.nextInt(12); i > 0; i--) {
                    off.add(date(r));
                }
                for (int i = r.nextInt(4); i > 0; i--) {
                    extra.add(date(r));
                }
                for (int i = r.nextInt(4); i > 0; i--) {
                    vacations.add(new Vacation(text(r, 20), date(r), date(r), new GradeRange(r.nextInt(13), r.nextInt(13))));
                }
                return new OpenSchoolYear(SchoolYearId.of(id(r)), date(r), date(r),
                        new SchoolCalendar(r.nextInt(8), off, extra, vacations));
            }
            case 2:
                return new SetCurriculumLoad(ClassId.of(id(r)), SubjectId.of(id(r)), r.nextInt(10) == 0 ? null : decimal(r));
            case 3: {
                List<PlannedTopic> topics = new ArrayList<>();
                for (int i = r.nextInt(6); i > 0; i--) {
                    topics.add(r.nextInt(10) == 0 ? null : new PlannedTopic(r.nextInt(), text(r, 30), decimal(r)));
                }
                return new RecordThematicPlan(ClassId.of(id(r)), SubjectId.of(id(r)), topics);
            }
            case 4:
                return new RegisterStudent(StudentId.of(id(r)), new PersonName(text(r, 20), text(r, 20),
                        r.nextInt(2) == 0 ? null : text(r, 20)), r.nextInt(4) == 0 ? null : date(r));
            case 5:
                return new DeclareOutage(OutageId.of(id(r)), instant(r), instant(r), text(r, 50));
            case 6:
                // every nullable component null
                return new RecordLesson(LessonId.of(id(r)), null, null, null, null, r.nextInt(), null, null, null,
                        null, null);
            case 7: {
                // decisions nested in a list, each with a set of debts, nulls at every level
                List<PupilDecision> decisions = new ArrayList<>();
                for (int i = r.nextInt(30); i > 0; i--) {
                    Set<SubjectId> debts = new java.util.HashSet<>();
                    for (int j = r.nextInt(5); j > 0; j--) {
                        debts.add(r.nextInt(10) == 0 ? null : SubjectId.of(id(r)));
                    }
                    decisions.add(r.nextInt(12) == 0 ? null : new PupilDecision(StudentId.of(id(r)),
                            r.nextInt(8) == 0 ? null : MovementKind.values()[r.nextInt(MovementKind.values().length)],
                            r.nextInt(3) == 0 ? null : ClassId.of(id(r)), r.nextInt(10) == 0 ? null : debts));
                }
                return new PromoteClass(ClassId.of(id(r)), r.nextInt(3) == 0 ? null : ClassId.of(id(r)),
                        r.nextInt(5) == 0 ? null : new OrderRef(text(r, 40), date(r)), date(r), decisions);
            }
            default: {
                Set<StaffRole> roles = new LinkedHashSet<>();
                List<StaffRole> all = new ArrayList<>(List.of(StaffRole.values()));
                Collections.shuffle(all, new java.util.Random(r.nextInt(1000)));
                all.stream().limit(r.nextInt(all.size() + 1)).forEach(roles::add);
                return new RegisterStaffMember(StaffId.of(id(r)), new PersonName(text(r, 10), text(r, 10), null),
                        roles);
            }
        }
    }

    static LocalDate date(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(2) == 0 ? LocalDate.MIN : LocalDate.MAX;
            case 1 -> LocalDate.ofEpochDay(r.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
            default -> LocalDate.of(2026, 9, 1).plusDays(r.nextInt(400) - 30);
        };
    }

    /** @return a decimal of any sign and scale, negative scales too */
    static BigDecimal decimal(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> new BigDecimal(pickOf(r, 0, 1, 2, 5, 40) + (r.nextInt(2) == 0 ? "" : ".0"));
            case 1 -> BigDecimal.valueOf(r.nextLong(), r.nextInt(40) - 10);
            case 2 -> new BigDecimal(new BigInteger(1 + r.nextInt(200), new java.util.Random(r.nextInt(1000))),
                    r.nextInt(60) - 20);
            case 3 -> BigDecimal.valueOf(0, r.nextInt(20) - 10);
            default -> new BigDecimal(r.nextInt(100) + "." + r.nextInt(10)).negate();
        };
    }
}
