package org.ejournal.rules.catalogue;

import java.util.stream.Stream;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * A substitution is recorded with the lesson's entry, by the substitute (REG-5, POL-4.4g): a teacher
 * who records a lesson that belongs to another teacher must name themselves as its
 * {@code substitute} in that {@code RecordLesson}; an entry that names nobody, or names a third
 * teacher, is refused with a message saying to record the substitution. The substitution cannot be
 * edited afterwards: {@code CorrectLesson} has no substitute to change, so marks, attendance and
 * corrections of the lesson stay with the teacher and the substitute the entry named.
 *
 * <p>Judges {@code RecordLesson} sent by a member of staff who holds the teacher's role and is
 * neither the lesson's teacher nor its substitute; anyone else recording a lesson is judged by
 * {@link TeachersWriteOnlyForTheirLessons}. Default severity {@link RuleSeverity#BLOCKING}; code
 * {@value AccessRules#CODE_SUBSTITUTION_NOT_RECORDED}; reads no profile key other than
 * {@code severities}. Immutable and thread-safe.
 */
public final class SubstitutionIsRecordedWithTheEntry extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "SubstitutionIsRecordedWithTheEntry";
    /** The clause. */
    public static final String CLAUSE = "REG-5";

    /**
     * @param profile the school's profile, not {@code null}
     */
    public SubstitutionIsRecordedWithTheEntry(Profile profile) {
        super(NAME, CLAUSE, RuleSeverity.BLOCKING, profile, AccessRules.CODE_SUBSTITUTION_NOT_RECORDED);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordLesson.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof RecordLesson l) || !(candidate.actor() instanceof Actor.StaffActor s)
                || s.id().equals(l.teacher()) || s.id().equals(l.substitute())
                || !AccessRules.holdsAny(candidate.actor(), view, StaffRole.TEACHER)) {
            return Stream.empty();
        }
        String teacher = l.teacher().value();
        String me = s.id().value();
        if (l.substitute() == null) {
            return Stream.of(violation(AccessRules.CODE_SUBSTITUTION_NOT_RECORDED, "RecordLesson.substitute",
                    "урок принадлежит учителю «" + teacher + "»: оформите замену — укажите себя («" + me
                            + "») заменяющим учителем в самой записи урока",
                    "the lesson belongs to teacher '" + teacher + "': record the substitution — name yourself ('" + me
                            + "') as the substitute in the lesson's entry"));
        }
        String named = l.substitute().value();
        return Stream.of(violation(AccessRules.CODE_SUBSTITUTION_NOT_RECORDED, "RecordLesson.substitute",
                "в записи заменяющим указан «" + named + "»: урок вносит тот, кто его провёл; если урок провели вы, "
                        + "оформите замену на себя («" + me + "»)",
                "the entry names '" + named + "' as the substitute: the lesson is recorded by whoever gave it; if "
                        + "you gave it, record the substitution in your own name ('" + me + "')"));
    }
}
