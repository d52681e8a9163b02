package org.ejournal.rules.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.LinkGuardian;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.RegulationRule;
import org.ejournal.rules.RuleSeverity;

/**
 * The class teacher keeps their class's pupil and guardian data (POL-4.5): {@code LinkGuardian} and
 * {@code RecordPaperReport} are sent by the class teacher of the class the pupil is in on the day of
 * the entry (in the school's zone), {@code RegisterGuardian} by the class teacher of any class of the
 * school year in progress that day; the journal administrator (or a system actor standing for them)
 * may do all three. A pupil in no class that day, or a registration outside a school year, is left to
 * the administrator.
 *
 * <p>Judges members of staff and system actors sending one of {@link #COMMANDS}. Default severity
 * {@link RuleSeverity#BLOCKING}; code {@value AccessRules#CODE_NOT_THE_CLASS_TEACHER}; reads no
 * profile key other than {@code severities}. A registration costs one look-up per class of the year,
 * the others a few index look-ups. Immutable and thread-safe.
 */
public final class ClassTeacherManagesPupilAndGuardianData extends RegulationRule {

    /** The rule's name. */
    public static final String NAME = "ClassTeacherManagesPupilAndGuardianData";
    /** The clause. */
    public static final String CLAUSE = "POL-4.5";
    /** The command types whose writers this rule defines. */
    public static final Set<Class<? extends Command>> COMMANDS = Set.of(RegisterGuardian.class, LinkGuardian.class,
            RecordPaperReport.class);

    /**
     * @param profile the school's profile, not {@code null}
     */
    public ClassTeacherManagesPupilAndGuardianData(Profile profile) {
        super(NAME, CLAUSE, RuleSeverity.BLOCKING, profile, AccessRules.CODE_NOT_THE_CLASS_TEACHER);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return COMMANDS.contains(command);
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        Command c = candidate.command();
        if (!COMMANDS.contains(c.getClass()) || AccessRules.isPupilOrGuardian(candidate.actor())
                || AccessRules.isAdministrator(candidate.actor(), view)) {
            return Stream.empty();
        }
        StaffId me = AccessRules.staffId(candidate.actor());
        LocalDate day = AccessRules.dayOf(candidate, view);
        if (c instanceof RegisterGuardian) {
            if (me != null && isClassTeacherOn(me, day, view)) {
                return Stream.empty();
            }
            return Stream.of(violation(AccessRules.CODE_NOT_THE_CLASS_TEACHER, AccessRules.concerns(candidate),
                    "законного представителя регистрирует классный руководитель или администратор журнала; «"
                            + candidate.actor().describe() + "» не классный руководитель в учебном году на " + day,
                    "a guardian is registered by a class teacher or the journal administrator; '"
                            + candidate.actor().describe() + "' is no class teacher in the school year of " + day));
        }
        StudentId student = c instanceof LinkGuardian g ? g.student() : ((RecordPaperReport) c).student();
        Optional<ClassId> inClass = view.classOf(student, day);
        if (me != null && inClass.flatMap(view::classTeacher).filter(me::equals).isPresent()) {
            return Stream.empty();
        }
        String className = inClass.flatMap(view::schoolClass).map(SchoolClass::name).orElse(null);
        return Stream.of(violation(AccessRules.CODE_NOT_THE_CLASS_TEACHER, AccessRules.concerns(candidate),
                "данные обучающегося и его законных представителей ведёт классный руководитель "
                        + (className == null ? "его класса (на " + day + " обучающийся не состоит в классе)"
                                : "класса " + className)
                        + " или администратор журнала; «" + candidate.actor().describe() + "» не он",
                "a pupil's and their guardians' data are kept by the class teacher of "
                        + (className == null ? "their class (on " + day + " the pupil is in no class)"
                                : "class " + className)
                        + " or the journal administrator; '" + candidate.actor().describe() + "' is neither"));
    }

    private static boolean isClassTeacherOn(StaffId me, LocalDate day, JournalView view) {
        Optional<SchoolYear> year = view.schoolYearOn(day);
        if (year.isEmpty()) {
            return false;
        }
        for (SchoolClass sc : view.classes(year.get().id())) {
            if (view.classTeacher(sc.id()).filter(me::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
