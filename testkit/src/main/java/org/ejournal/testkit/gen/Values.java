package org.ejournal.testkit.gen;

import static org.ejournal.testkit.gen.Gen.weighted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.ejournal.core.model.*;

/**
 * Generators of valid domain values: identifiers, Russian person names, marks on every grading
 * scale, attendance codes, days of a school year, orders, contacts, task types, grade ranges, planned
 * topics, calendars. Every value passes the Bean Validation constraints of its type; whether the
 * journal accepts a command made of them is up to its rules (an identifier may name nothing). A few
 * generators give values that pass Bean Validation but that the rules reject
 * ({@link #marksOffTheirScale()}, {@link #unknownAttendanceCodes()}, {@link #daysOutsideTheSchoolYear()});
 * values that break Bean Validation come with the commands ({@link Commands#invalid(Class)}).
 * Stateless; every generator is immutable and thread-safe.
 */
public final class Values {

    /** The school year the generators use by default: 2026-09-01 to 2027-05-31. */
    public static final LocalDate YEAR_FIRST = LocalDate.of(2026, 9, 1);
    /** The last day of the default school year. */
    public static final LocalDate YEAR_LAST = LocalDate.of(2027, 5, 31);
    /** The zone the generated instants are in (Kamchatka, as the fixtures). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Kamchatka");

    private static final List<String> SURNAMES_F = List.of("Иванова", "Орлова", "Зайцева", "Волкова", "Кузнецова",
            "Смирнова", "Соколова", "Лебедева");
    private static final List<String> SURNAMES_M = List.of("Иванов", "Орлов", "Зайцев", "Волков", "Кузнецов",
            "Смирнов", "Соколов", "Лебедев");
    private static final List<String> GIVEN_F = List.of("Анна", "Софья", "Мария", "Ева", "Дарья", "Полина");
    private static final List<String> GIVEN_M = List.of("Илья", "Максим", "Артём", "Иван", "Михаил", "Лев");
    private static final List<String> PATRONYMIC_F = List.of("Петровна", "Игоревна", "Сергеевна", "Андреевна");
    private static final List<String> PATRONYMIC_M = List.of("Петрович", "Игоревич", "Сергеевич", "Андреевич");

    private Values() {
    }

    // ---------------------------------------------------------------- identifiers

    /**
     * @param prefix the identifier's prefix, without white space; not null
     * @param of the identifier's factory, not null
     * @param <I> the identifier type
     * @return identifiers {@code prefix-N} with N from 1 to 999
     */
    public static <I> Gen<I> ids(String prefix, Function<String, I> of) {
        return Gen.ints(1, 999).map(n -> of.apply(prefix + "-" + n));
    }

    /** @return pupils' identifiers */
    public static Gen<StudentId> studentIds() {
        return ids("s", StudentId::of);
    }

    /** @return staff identifiers */
    public static Gen<StaffId> staffIds() {
        return ids("staff", StaffId::of);
    }

    /** @return guardians' identifiers */
    public static Gen<GuardianId> guardianIds() {
        return ids("g", GuardianId::of);
    }

    /** @return class identifiers */
    public static Gen<ClassId> classIds() {
        return ids("c", ClassId::of);
    }

    /** @return group identifiers */
    public static Gen<GroupId> groupIds() {
        return ids("grp", GroupId::of);
    }

    /** @return subject identifiers */
    public static Gen<SubjectId> subjectIds() {
        return ids("subj", SubjectId::of);
    }

    /** @return lesson identifiers */
    public static Gen<LessonId> lessonIds() {
        return ids("l", LessonId::of);
    }

    /** @return task identifiers */
    public static Gen<TaskId> taskIds() {
        return ids("t", TaskId::of);
    }

    /** @return homework identifiers */
    public static Gen<HomeworkId> homeworkIds() {
        return ids("hw", HomeworkId::of);
    }

    /** @return study period identifiers */
    public static Gen<StudyPeriodId> studyPeriodIds() {
        return ids("p", StudyPeriodId::of);
    }

    /** @return school year identifiers */
    public static Gen<SchoolYearId> schoolYearIds() {
        return ids("year", SchoolYearId::of);
    }

    /** @return outage identifiers */
    public static Gen<OutageId> outageIds() {
        return ids("outage", OutageId::of);
    }

    /** @return exam result identifiers */
    public static Gen<ExamResultId> examResultIds() {
        return ids("exam", ExamResultId::of);
    }

    // ---------------------------------------------------------------- people

    /** @return Russian names with agreeing gender; a patronymic half of the time */
    public static Gen<PersonName> personNames() {
        return r -> {
            boolean female = r.nextInt(2) == 0;
            List<String> surnames = female ? SURNAMES_F : SURNAMES_M;
            List<String> given = female ? GIVEN_F : GIVEN_M;
            List<String> patronymics = female ? PATRONYMIC_F : PATRONYMIC_M;
            String surname = surnames.get(r.nextInt(surnames.size()));
            String name = given.get(r.nextInt(given.size()));
            return PersonName.of(surname, name,
                    r.nextInt(2) == 0 ? patronymics.get(r.nextInt(patronymics.size())) : null);
        };
    }

    /** @return contacts with a phone, an e-mail, a postal address, some or all of them; maybe none */
    public static Gen<Contact> contacts() {
        return Gen.oneOf(reachableContacts(),
                Gen.elements(Contact.NONE, Contact.of(null, "parent@example.ru", null)));
    }

    /** @return contacts with a phone or a postal address, for a weekly paper report */
    public static Gen<Contact> reachableContacts() {
        return r -> {
            String phone = "+7 914 " + (100 + r.nextInt(900)) + "-" + (10 + r.nextInt(90)) + "-"
                    + (10 + r.nextInt(90));
            String address = "683000, Петропавловск-Камчатский, ул. Ленинская, д. " + (1 + r.nextInt(99));
            return switch (r.nextInt(3)) {
                case 0 -> Contact.of(phone, null, null);
                case 1 -> Contact.of(null, null, address);
                default -> Contact.of(phone, "parent" + r.nextInt(100) + "@example.ru", address);
            };
        };
    }

    /** @return days of birth of pupils from the 1st to the 11th grade */
    public static Gen<LocalDate> birthDates() {
        return Gen.ints(0, 365 * 11).map(d -> LocalDate.of(2009, 1, 1).plusDays(d));
    }

    // ---------------------------------------------------------------- marks and attendance

    /** @return the five-point marks 1 to 5, mostly 3 to 5 */
    public static Gen<MarkValue> fivePointMarks() {
        return Gen.frequency(weighted(4, Gen.elements(5, 4)), weighted(2, Gen.constant(3)),
                weighted(1, Gen.elements(2, 1))).map(FivePoint::of);
    }

    /** @return pass or fail */
    public static Gen<MarkValue> passFailMarks() {
        return Gen.elements(PassFail.PASS, PassFail.FAIL);
    }

    /** @return the special results: not attested, exempt */
    public static Gen<MarkValue> specialResults() {
        return Gen.elements(SpecialResults.NOT_ATTESTED, SpecialResults.EXEMPT);
    }

    /** @return a mark on any of the library's scales, mostly five-point */
    public static Gen<MarkValue> marks() {
        return Gen.frequency(weighted(8, fivePointMarks()), weighted(1, passFailMarks()),
                weighted(1, specialResults()));
    }

    /** @return the attendance codes the library knows: н, б, у, оп */
    public static Gen<String> attendanceCodes() {
        return Gen.elements("н", "б", "у", "оп");
    }

    /**
     * @return marks that pass Bean Validation but lie on no scale the journal knows for them: five-point
     *     0 and 6 to 9, and a mark on an unknown ten-point scale; the journal's rules reject them
     */
    public static Gen<MarkValue> marksOffTheirScale() {
        return Gen.oneOf(Gen.elements(0, 6, 7, 8, 9).map(FivePoint::of),
                Gen.ints(0, 10).map(n -> MarkValue.of(ScaleId.of("ten-point"), Integer.toString(n))));
    }

    /**
     * @return attendance codes that pass Bean Validation but the journal does not know: {@code x},
     *     {@code Н} (capital), {@code нб}, {@code п}, {@code abs}
     */
    public static Gen<String> unknownAttendanceCodes() {
        return Gen.elements("x", "Н", "нб", "п", "abs");
    }

    /** @return task types: the library's own, mostly */
    public static Gen<TaskType> taskTypes() {
        return Gen.elements(TaskType.CLASS_WORK, TaskType.ORAL_ANSWER, TaskType.HOMEWORK, TaskType.INDEPENDENT_WORK,
                TaskType.TEST_PAPER, TaskType.DICTATION, TaskType.ESSAY, TaskType.LABORATORY_WORK,
                TaskType.PRACTICAL_WORK, new TaskType("project", "Проект", "Project"));
    }

    /** @return task weights 1 to 10, mostly 1 */
    public static Gen<Integer> taskWeights() {
        return Gen.frequency(weighted(6, Gen.constant(1)), weighted(3, Gen.ints(2, 3)), weighted(1, Gen.ints(4, 10)));
    }

    // ---------------------------------------------------------------- time

    /** @return days of the default school year, bounds included */
    public static Gen<LocalDate> schoolDays() {
        return days(YEAR_FIRST, YEAR_LAST);
    }

    /** @return days up to sixty days before or after the default school year */
    public static Gen<LocalDate> daysOutsideTheSchoolYear() {
        return r -> r.nextInt(2) == 0 ? YEAR_FIRST.minusDays(1 + r.nextInt(60)) : YEAR_LAST.plusDays(1 + r.nextInt(60));
    }

    /**
     * @param first the first day, not null
     * @param last the last day, not before {@code first}
     * @return days from {@code first} to {@code last} inclusive
     */
    public static Gen<LocalDate> days(LocalDate first, LocalDate last) {
        return Gen.ints(0, (int) ChronoUnit.DAYS.between(first, last)).map(first::plusDays);
    }

    /** @return lesson numbers in the day, 1 to 7 (the journal allows 0 to 12) */
    public static Gen<Integer> lessonNumbers() {
        return Gen.ints(1, 7);
    }

    /** @return instants during school hours of the default school year */
    public static Gen<Instant> schoolHours() {
        return r -> schoolDays().next(r).atTime(8 + r.nextInt(10), 5 * r.nextInt(12)).atZone(ZONE).toInstant();
    }

    /** @return grade ranges within 1 to 11, mostly all of them */
    public static Gen<GradeRange> gradeRanges() {
        return Gen.oneOf(Gen.constant(GradeRange.ALL),
                Gen.ints(1, 11).flatMap(from -> Gen.ints(from, 11).map(to -> GradeRange.of(from, to))));
    }

    /** @return school calendars of five or six days a week, with a day off and a vacation sometimes */
    public static Gen<SchoolCalendar> schoolCalendars() {
        return r -> {
            SchoolCalendar c = SchoolCalendar.ofWeek(5 + r.nextInt(2));
            if (r.nextInt(2) == 1) {
                c = c.withDaysOff(java.util.Set.of(LocalDate.of(2026, 11, 4)));
            }
            if (r.nextInt(2) == 1) {
                c = c.withVacation(Vacation.of("осенние каникулы", LocalDate.of(2026, 10, 26),
                        LocalDate.of(2026, 11, 3), gradeRanges().next(r)));
            }
            return c;
        };
    }

    // ---------------------------------------------------------------- texts and documents

    /** @return orders of the director, numbered, dated within the default school year */
    public static Gen<OrderRef> orderRefs() {
        return r -> OrderRef.of((1 + r.nextInt(300)) + "-" + Gen.elements("у", "о", "к").next(r), schoolDays().next(r));
    }

    /** @return the reasons of a correction */
    public static Gen<String> reasons() {
        return Gen.elements("ошибка при вводе", "справка из поликлиники", "пересчёт по приказу",
                "уточнение темы", "решение педагогического совета");
    }

    /** @return lesson topics */
    public static Gen<String> topics() {
        return Gen.elements("Сложение дробей", "Правописание приставок", "Строение клетки", "Имя существительное",
                "Закон Ома", "Великая Отечественная война").flatMap(t -> Gen.ints(1, 3).map(n -> t + ". Часть " + n));
    }

    /** @return homework texts */
    public static Gen<String> homeworkTexts() {
        return r -> "§ " + (1 + r.nextInt(40)) + ", № " + (1 + r.nextInt(300));
    }

    /** @return subject names */
    public static Gen<String> subjectNames() {
        return Gen.elements("Математика", "Русский язык", "Литература", "История", "Биология", "Физика",
                "Химия", "Физическая культура", "Основы безопасности и защиты Родины");
    }

    /** @return class letters: А, Б, В, Г */
    public static Gen<String> classLetters() {
        return Gen.elements("А", "Б", "В", "Г");
    }

    /** @return weekly hours of a subject: 0.5 to 6 in halves */
    public static Gen<BigDecimal> weeklyHours() {
        return Gen.ints(1, 12).map(n -> BigDecimal.valueOf(n, 0).divide(BigDecimal.valueOf(2)));
    }

    /** @return topics of a thematic plan, numbered from 1 */
    public static Gen<List<PlannedTopic>> thematicPlans() {
        return r -> {
            int n = 1 + r.nextInt(6);
            List<PlannedTopic> out = new java.util.ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                out.add(PlannedTopic.of(i, topics().next(r), BigDecimal.valueOf(1 + r.nextInt(4))));
            }
            return out;
        };
    }

    /**
     * @param type the enum, not null
     * @param <E> its type
     * @return any of its constants
     */
    public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
        return Gen.elements(type.getEnumConstants());
    }
}
