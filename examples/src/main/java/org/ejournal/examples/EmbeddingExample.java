package org.ejournal.examples;

import java.time.LocalDate;
import java.time.ZoneId;
import org.ejournal.core.Actor;
import org.ejournal.core.Journal;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.view.Diary;

/** The embedding example of the README, kept here so that it compiles and a test runs it. */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Sets up a one-class school, records a lesson and a mark, and reads the pupil's diary.
     *
     * @return the pupil's diary for the lesson's day
     */
    public static Diary run() {
        // README:begin
        School school = School.builder().id(SchoolId.of("school-1")).name("МБОУ «Средняя школа № 1»")
                .zone(ZoneId.of("Asia/Kamchatka")).build();
        Journal journal = Journal.builder().school(school).store(InMemoryStore.create()).build();
        Actor admin = Actor.system("installer");
        var year = SchoolYearId.of("2026-2027");
        var teacher = StaffId.of("t-1");
        var pupil = StudentId.of("s-1");
        journal.execute(admin, RegisterStaffMember.of(teacher, PersonName.of("Петрова", "Анна", "Ивановна"),
                StaffRole.TEACHER));
        journal.execute(admin, new OpenSchoolYear(year, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
                SchoolCalendar.ofWeek(5)));
        journal.execute(admin, DefineSubject.of(SubjectId.of("math"), "Математика"));
        journal.execute(admin, new CreateClass(ClassId.of("5a"), year, 5, "А"));
        journal.execute(admin, new RegisterStudent(pupil, PersonName.of("Иванова", "Мария", null), null));
        journal.execute(admin, RecordMovement.enrolment(pupil, ClassId.of("5a"),
                OrderRef.of("12-у", LocalDate.of(2026, 8, 28)), LocalDate.of(2026, 9, 1)));
        Actor petrova = Actor.staff(teacher);
        LocalDate day = LocalDate.of(2026, 10, 5);
        journal.execute(petrova, RecordLesson.of(LessonId.of("l-1"), ClassId.of("5a"), SubjectId.of("math"), day, 2,
                teacher, "Сложение дробей"));
        journal.execute(petrova, AssignTask.of(TaskId.of("t-1"), LessonId.of("l-1"), TaskType.CLASS_WORK));
        var outcome = journal.execute(petrova, RecordMark.of(TaskId.of("t-1"), pupil, FivePoint.of(5)));
        System.out.println(outcome.isAccepted() ? "mark recorded" : outcome.violations());
        Diary diary = journal.diary(petrova, pupil, day, day).orElseThrow();
        // README:end
        return diary;
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Diary diary = run();
        diary.days().forEach(d -> d.lessons().forEach(l -> System.out.println(d.date() + " " + l.subjectName() + ": "
                + l.lesson().topic().orElse("") + " " + l.marks().stream().map(m -> m.value().symbol()).toList())));
    }
}
