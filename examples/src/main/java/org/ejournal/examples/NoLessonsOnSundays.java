package org.ejournal.examples;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.rule.RuleId;
import org.ejournal.core.view.JournalView;

/**
 * A custom rule of the school's own local act: no lesson is recorded on a Sunday (the school works a
 * five- or six-day week, so a Sunday lesson is a mistake of the date). A named object carrying the
 * clause of the local act, returning its violation as a value; the journal asks it only about
 * {@link RecordLesson}.
 */
public final class NoLessonsOnSundays implements Rule {

    /** The school's own code for this violation (the library's codes are {@code EJ…}). */
    public static final String CODE = "LA-101";
    /** The clause of the school's local act: «Положение о ведении электронного журнала», п. 2.3. */
    public static final String CLAUSE = "ЛА-2.3";

    private static final RuleId ID = RuleId.of("NoLessonsOnSundays", CLAUSE);

    @Override
    public RuleId id() {
        return ID;
    }

    /** Says which code this rule reports, so that tools can tell a code's rule (optional for a host's rule). */
    @Override
    public Set<String> codes() {
        return Set.of(CODE);
    }

    @Override
    public boolean judges(Class<? extends Command> command) {
        return command == RecordLesson.class;
    }

    @Override
    public Stream<Violation> check(JournalEvent candidate, JournalView view) {
        if (candidate.command() instanceof RecordLesson lesson && lesson.date().getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Stream.of(Violation.blocking(CODE, CLAUSE, "RecordLesson.date",
                    "урок не записывается на воскресенье (" + lesson.date() + "): проверьте дату урока",
                    "no lesson is recorded on a Sunday (" + lesson.date() + "): check the lesson's date"));
        }
        return Stream.empty();
    }
}
