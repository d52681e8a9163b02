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
     * What the example read.
     *
     * @param monday the pupil's diary for the first lesson's day (what the README shows)
     * @param week the pupil's diary for the whole week, Monday to Friday
     * @param rejected how many commands of the week were rejected (none should be)
     */
    public record Result(Diary monday, Diary week, int rejected) {
    }

    /**
     * Sets up a one-class school, records a week of lessons, homework, marks and an absence, and reads the
     * pupil's diary: for Monday (the README's part) and for the week.
     *
     * @return the diaries read
     */
    public static Result run() {
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
        int rejected = outcome.isAccepted() ? 0 : 1;
        // the rest of the week: mathematics every day, Russian on Tuesday and Thursday, homework, marks, an absence
        SubjectId russian = SubjectId.of("russian");
        rejected += count(journal.execute(admin, DefineSubject.of(russian, "Русский язык")));
        String[] mathTopics = {"Сложение дробей", "Вычитание дробей", "Смешанные числа", "Решение задач",
            "Самостоятельная работа"};
        for (int d = 0; d < 5; d++) {
            LocalDate date = day.plusDays(d);
            LessonId math = LessonId.of("l-math-" + d);
            if (d > 0) {
                rejected += count(journal.execute(petrova, RecordLesson.of(math, ClassId.of("5a"),
                        SubjectId.of("math"), date, 2, teacher, mathTopics[d])));
                rejected += count(journal.execute(petrova, AssignTask.of(TaskId.of("t-math-" + d), math,
                        d == 4 ? TaskType.INDEPENDENT_WORK : TaskType.CLASS_WORK)));
                rejected += count(journal.execute(petrova, d == 2
                        ? RecordAttendance.of(math, pupil, "б")
                        : RecordMark.of(TaskId.of("t-math-" + d), pupil, FivePoint.of(d == 3 ? 3 : 4))));
            }
            rejected += count(journal.execute(petrova, new AssignHomework(HomeworkId.of("h-math-" + d),
                    d == 0 ? LessonId.of("l-1") : math, "№ " + (210 + 4 * d) + ", " + (211 + 4 * d), date.plusDays(1))));
            if (d == 1 || d == 3) {
                LessonId lesson = LessonId.of("l-russian-" + d);
                rejected += count(journal.execute(petrova, RecordLesson.of(lesson, ClassId.of("5a"), russian, date, 3,
                        teacher, d == 1 ? "Имя существительное" : "Диктант")));
                rejected += count(journal.execute(petrova, AssignTask.of(TaskId.of("t-russian-" + d), lesson,
                        d == 1 ? TaskType.ORAL_ANSWER : TaskType.DICTATION)));
                rejected += count(journal.execute(petrova, RecordMark.of(TaskId.of("t-russian-" + d), pupil,
                        FivePoint.of(5))));
            }
        }
        Diary week = journal.diary(petrova, pupil, day, day.plusDays(4)).orElseThrow();
        return new Result(diary, week, rejected);
    }

    private static int count(org.ejournal.core.Outcome outcome) {
        if (!outcome.isAccepted()) {
            System.out.println(outcome.violations());
            return 1;
        }
        return 0;
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Diary diary = run().week();
        System.out.println("Дневник: " + diary.first() + " – " + diary.last());
        diary.days().forEach(d -> d.lessons().forEach(l -> System.out.println(d.date() + " " + l.lesson().number() + ". "
                + l.subjectName() + ": " + l.lesson().topic().orElse("") + " " + l.marks().stream()
                        .map(m -> m.value().symbol()).toList() + l.attendance().map(a -> " " + a.code()).orElse("")
                + l.homework().stream().map(h -> "; д/з: " + h.text()).reduce("", String::concat))));
    }
}
