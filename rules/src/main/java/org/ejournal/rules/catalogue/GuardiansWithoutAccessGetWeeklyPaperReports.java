package org.ejournal.rules.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RecordPaperReport;
import org.ejournal.core.model.Guardian;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.GuardianLink;
import org.ejournal.core.model.PaperReport;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.SchoolYear;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * POL-8.3, REC-8.3: a guardian who declined electronic access gets a paper report about each child at
 * least every {@code deadlines.paperReports.days} days (default 7) while the child is in a class of a
 * school year. The count starts at the later of the last report about the child and the first day of
 * the child's present stay in class within the school year (a pupil moved between classes without a
 * break stays), in the school's zone.
 *
 * <p>In audit mode, what is outstanding on {@code asOf}'s day is every such guardian and child in a
 * class that day whose last report is older than that, or who never had one while the child has been
 * in class longer than that. At entry, a {@code RecordPaperReport} handed over more than that many
 * days after the previous report about the same child is late (the first report ever is not judged at
 * entry: the journal does not know since when the guardian has been linked; the audit reports the
 * wait for it).
 *
 * <p>Default severity {@code WARNING}. Codes {@link DeadlineRules#CODE_PAPER_REPORT_OVERDUE},
 * {@link DeadlineRules#CODE_PAPER_REPORT_LATE}, {@link DeadlineRules#CODE_PAPER_REPORT_LATE_EXCUSED} (a
 * note, when a declared outage excuses a late report, REC-5.3). Profile keys:
 * {@code deadlines.paperReports.days}, {@code severities.GuardiansWithoutAccessGetWeeklyPaperReports},
 * {@code outages.graceHours}. Immutable and thread-safe.
 */
public final class GuardiansWithoutAccessGetWeeklyPaperReports extends DeadlineRules.DeadlineRule {

    /** The rule's name. */
    public static final String NAME = "GuardiansWithoutAccessGetWeeklyPaperReports";

    /** @param profile the school's profile, not {@code null} */
    public GuardiansWithoutAccessGetWeeklyPaperReports(Profile profile) {
        super(NAME, "POL-8.3", DeadlineRules.CODE_PAPER_REPORT_LATE, DeadlineRules.CODE_PAPER_REPORT_LATE_EXCUSED,
                profile, DeadlineRules.CODE_PAPER_REPORT_OVERDUE);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordPaperReport.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof RecordPaperReport r)) {
            return Stream.empty();
        }
        Optional<Guardian> guardian = view.guardian(r.guardian());
        if (guardian.isEmpty() || guardian.get().electronicAccess()) {
            return Stream.empty();
        }
        ZoneId zone = view.school().zone();
        LocalDate day = SchoolTime.dayOf(candidate.recordedAt(), zone);
        Optional<Instant> previous = lastReport(view, r.guardian(), r.student());
        Optional<LocalDate> inClassSince = inClassSince(view, r.student(), day);
        if (previous.isEmpty() || inClassSince.isEmpty()) {
            return Stream.empty();
        }
        Instant since = later(previous.get(), SchoolTime.startOf(inClassSince.get(), zone));
        int days = profile.paperReportDays();
        Instant due = SchoolTime.plusDays(since, days, zone);
        DeadlineRules.Text from = DeadlineRules.Text.of(SchoolTime.local(since, zone));
        return lateness(candidate.recordedAt(), new DeadlineRules.Late(concerns(r.guardian(), r.student()),
                new DeadlineRules.Text("бумажный отчёт об обучающемся «" + r.student()
                        + "» выдан законному представителю «" + r.guardian() + "»", "the paper report about pupil '"
                        + r.student() + "' handed to guardian '" + r.guardian() + "'"),
                since, due, false, until(due, zone), allowed(days, from)), view);
    }

    @Override
    protected Stream<Violation> overdue(Instant asOf, JournalView view) {
        ZoneId zone = view.school().zone();
        LocalDate day = SchoolTime.dayOf(asOf, zone);
        Optional<SchoolYear> year = view.schoolYearOn(day);
        if (year.isEmpty()) {
            return Stream.empty();
        }
        int days = profile.paperReportDays();
        List<Violation> out = new ArrayList<>();
        for (SchoolClass sc : view.classes(year.get().id())) {
            for (StudentId student : view.studentsOf(sc.id(), day, day)) {
                for (GuardianLink link : view.guardiansOf(student)) {
                    Optional<Guardian> guardian = view.guardian(link.guardian());
                    Optional<LocalDate> inClassSince = inClassSince(view, student, day);
                    if (guardian.isEmpty() || guardian.get().electronicAccess() || inClassSince.isEmpty()) {
                        continue;
                    }
                    Optional<Instant> last = lastReport(view, link.guardian(), student);
                    Instant stay = SchoolTime.startOf(inClassSince.get(), zone);
                    Instant since = last.map(l -> later(l, stay)).orElse(stay);
                    Instant due = SchoolTime.plusDays(since, days, zone);
                    if (!asOf.isAfter(due)) {
                        continue;
                    }
                    DeadlineRules.Text from = DeadlineRules.Text.of(SchoolTime.local(since, zone));
                    DeadlineRules.Text by = DeadlineRules.Text.of(SchoolTime.describe(
                            java.time.Duration.between(due, asOf)));
                    DeadlineRules.Text dueText = until(due, zone);
                    DeadlineRules.Text allowed = allowed(days, from);
                    String whoRu = "законный представитель «" + link.guardian()
                            + "» (отказался от электронного дневника) ";
                    String whoEn = "guardian '" + link.guardian() + "' (who declined electronic access) ";
                    String ru = last.isPresent() && !last.get().isBefore(stay)
                            ? whoRu + "не получал бумажный отчёт об обучающемся «" + student + "» с " + from.ru()
                            : whoRu + "не получал бумажный отчёт об обучающемся «" + student + "», который в классе "
                                    + sc.name() + " с " + from.ru();
                    String en = last.isPresent() && !last.get().isBefore(stay)
                            ? whoEn + "has had no paper report about pupil '" + student + "' since " + from.en()
                            : whoEn + "has had no paper report about pupil '" + student + "', in class " + sc.name()
                                    + " since " + from.en();
                    out.add(violation(DeadlineRules.CODE_PAPER_REPORT_OVERDUE, concerns(link.guardian(), student),
                            ru + ": отчёт просрочен на " + by.ru() + " (срок — " + dueText.ru() + "; " + allowed.ru()
                                    + ")",
                            en + ": the report is " + by.en() + " overdue (due " + dueText.en() + "; "
                                    + allowed.en() + ")"));
                }
            }
        }
        return out.stream();
    }

    private static String concerns(GuardianId guardian, StudentId student) {
        return "paper reports " + guardian + "/" + student;
    }

    private static DeadlineRules.Text allowed(int days, DeadlineRules.Text from) {
        return new DeadlineRules.Text("по локальному акту — не реже чем раз в "
                + SchoolTime.ru(days, "день", "дня", "дней") + ", считая с " + from.ru(),
                "the local act requires one at least every " + days + (days == 1 ? " day" : " days")
                        + ", counted from " + from.en());
    }

    /** When the last paper report about the child was handed to the guardian, if ever. */
    private static Optional<Instant> lastReport(JournalView view, GuardianId guardian, StudentId student) {
        Instant last = null;
        for (PaperReport p : view.paperReports(guardian)) {
            if (p.student().equals(student) && (last == null || p.recordedAt().isAfter(last))) {
                last = p.recordedAt();
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The first day of the pupil's present stay in class within the school year of {@code day}: moves
     * between classes without a break do not restart it. Empty if the pupil is in no class that day or
     * the day is outside a school year.
     */
    private static Optional<LocalDate> inClassSince(JournalView view, StudentId student, LocalDate day) {
        Optional<SchoolYear> year = view.schoolYearOn(day);
        List<Placement> placements = view.placements(student);
        int i = placements.size() - 1;
        while (i >= 0 && !placements.get(i).covers(day)) {
            i--;
        }
        if (year.isEmpty() || i < 0) {
            return Optional.empty();
        }
        LocalDate start = placements.get(i).from();
        while (i > 0 && placements.get(i - 1).until() != null && placements.get(i - 1).until().plusDays(1).equals(start)) {
            i--;
            start = placements.get(i).from();
        }
        return Optional.of(start.isBefore(year.get().firstDay()) ? year.get().firstDay() : start);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
