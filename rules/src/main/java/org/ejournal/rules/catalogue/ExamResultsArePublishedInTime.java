package org.ejournal.rules.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Violation;
import org.ejournal.core.command.RecordExamResult;
import org.ejournal.core.model.Subject;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalView;
import org.ejournal.rules.Profile;
import org.ejournal.rules.internal.SchoolTime;

/**
 * POL-8.4: exam results reach pupils and guardians within {@code deadlines.publication.hours} hours
 * (default 24). A result is visible to them as soon as it is recorded, so a {@code RecordExamResult}
 * recorded more than that many hours after the end of the exam day (in the school's zone) is late.
 *
 * <p>Default severity {@code WARNING}: a late result is still recorded. Codes
 * {@link DeadlineRules#CODE_EXAM_RESULT_LATE}, {@link DeadlineRules#CODE_EXAM_RESULT_LATE_EXCUSED} (a
 * note, when a declared outage excuses it, REC-5.3). Profile keys: {@code deadlines.publication.hours},
 * {@code severities.ExamResultsArePublishedInTime}, {@code outages.graceHours}. Immutable and
 * thread-safe.
 */
public final class ExamResultsArePublishedInTime extends DeadlineRules.DeadlineRule {

    /** The rule's name. */
    public static final String NAME = "ExamResultsArePublishedInTime";

    /** @param profile the school's profile, not {@code null} */
    public ExamResultsArePublishedInTime(Profile profile) {
        super(NAME, "POL-8.4", DeadlineRules.CODE_EXAM_RESULT_LATE, DeadlineRules.CODE_EXAM_RESULT_LATE_EXCUSED,
                profile);
    }

    @Override
    protected boolean concerns(Class<? extends org.ejournal.core.command.Command> command) {
        return command == org.ejournal.core.command.RecordExamResult.class;
    }

    @Override
    protected Stream<Violation> judge(JournalEvent candidate, JournalView view) {
        if (!(candidate.command() instanceof RecordExamResult e)) {
            return Stream.empty();
        }
        ZoneId zone = view.school().zone();
        int hours = profile.publicationHours();
        Instant deadline = SchoolTime.endOf(e.date(), zone).plus(Duration.ofHours(hours));
        String subject = view.subject(e.subject()).map(Subject::name).orElse(e.subject().value());
        DeadlineRules.Text day = DeadlineRules.Text.of(SchoolTime.day(e.date()));
        return lateness(candidate.recordedAt(), new DeadlineRules.Late(EntryRef.examResult(e.id()).describe(),
                new DeadlineRules.Text("результат экзамена (" + e.kind() + ") обучающегося «" + e.student()
                        + "» по предмету «" + subject + "» от " + day.ru() + " опубликован",
                        "the exam result (" + e.kind() + ") of pupil '" + e.student() + "' in '" + subject
                                + "' of " + day.en() + " published"),
                SchoolTime.startOf(e.date(), zone), deadline, false, until(deadline, zone),
                new DeadlineRules.Text("по локальному акту результаты доводятся до обучающихся и родителей в течение "
                        + SchoolTime.ru(hours, "часа", "часов", "часов") + " после дня экзамена",
                        "the local act allows " + hours + " h after the exam day")), view);
    }
}
