package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ejournal.core.Audit;
import org.ejournal.core.AuditReport;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CorrectLesson;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.Lesson;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.WorkKind;
import org.ejournal.core.view.JournalPage;
import org.ejournal.rules.catalogue.AccessRules;
import org.ejournal.rules.catalogue.SubstitutionIsRecordedWithTheEntry;
import org.junit.jupiter.api.Test;

class SubstitutionIsRecordedWithTheEntryTest {

    private static final LessonId SUBSTITUTED = LessonId.of("l-math-1005-3");
    private static final RecordLesson MATH_LESSON = RecordLesson.of(SUBSTITUTED, C5A, MATH, MONDAY, 3,
            MATH_TEACHER_ID, "Сравнение дробей");

    @Test
    void REG_5_a_teacher_who_records_another_teachers_lesson_without_the_substitution_is_told_to_record_it() {
        SchoolFixture f = guarded();

        Violation v = refusedBy(f.reject(RUS_TEACHER, MATH_LESSON), AccessRules.CODE_SUBSTITUTION_NOT_RECORDED,
                "REG-5");

        assertThat(v.concerns()).isEqualTo("RecordLesson.substitute");
        assertThat(v.messageEn()).contains("record the substitution").contains("'" + RUS_TEACHER_ID + "'");
        assertThat(v.messageRu()).contains("оформите замену");
    }

    @Test
    void REG_5_the_substitute_names_herself_in_the_entry_and_the_lesson_keeps_both_teachers() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(RUS_TEACHER, MATH_LESSON.withSubstitute(RUS_TEACHER_ID)));

        Lesson lesson = lessonOnThePage(f, SUBSTITUTED);
        assertThat(lesson.teacher()).isEqualTo(MATH_TEACHER_ID);
        assertThat(lesson.substitute()).contains(RUS_TEACHER_ID);
    }

    @Test
    void REG_5_an_entry_that_names_a_third_teacher_as_substitute_is_refused() {
        SchoolFixture f = guarded();

        Violation v = refusedBy(f.reject(RUS_TEACHER, MATH_LESSON.withSubstitute(DIRECTOR_ID)),
                AccessRules.CODE_SUBSTITUTION_NOT_RECORDED, "REG-5");
        assertThat(v.messageEn()).contains("names '" + DIRECTOR_ID + "' as the substitute");
    }

    @Test
    void REG_5_the_lessons_own_teacher_records_it_and_may_name_who_substituted() {
        SchoolFixture f = guarded();

        acceptedCleanly(f.journal.execute(MATH_TEACHER, MATH_LESSON));
        acceptedCleanly(f.journal.execute(MATH_TEACHER, RecordLesson.of(LessonId.of("l-4"), C5A, MATH, MONDAY, 4,
                MATH_TEACHER_ID, "Дроби").withSubstitute(RUS_TEACHER_ID)));
    }

    @Test
    void REG_5_the_substitution_cannot_be_edited_afterwards() {
        // a correction of a lesson has no field for the teacher or the substitute
        assertThat(Arrays.stream(CorrectLesson.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("lesson", "topic", "workKind", "reason")
                .doesNotContain("substitute", "teacher");
        SchoolFixture f = guarded();
        f.accept(RUS_TEACHER, MATH_LESSON.withSubstitute(RUS_TEACHER_ID));

        f.accept(RUS_TEACHER, new CorrectLesson(SUBSTITUTED, "Сравнение дробей с разными знаменателями",
                WorkKind.ORDINARY, "уточнена тема"));

        Lesson lesson = lessonOnThePage(f, SUBSTITUTED);
        assertThat(lesson.substitute()).contains(RUS_TEACHER_ID);
        assertThat(lesson.teacher()).isEqualTo(MATH_TEACHER_ID);
    }

    @Test
    void REG_5_an_audit_finds_a_lesson_recorded_by_another_teacher_without_the_substitution() {
        SchoolFixture f = guarded();
        List<JournalEvent> events = new ArrayList<>(f.store.events(SCHOOL_ID).toList());
        Instant later = at(MONDAY, 13, 0);
        events.add(new JournalEvent(events.size() + 1, later, RUS_TEACHER, MATH_LESSON, List.of()));

        AuditReport report = Audit.run(school(), AccessRules.all(PROFILE), events.stream(), later);

        assertThat(report.findings()).singleElement().satisfies(x -> {
            assertThat(x.violation().code()).isEqualTo(AccessRules.CODE_SUBSTITUTION_NOT_RECORDED);
            assertThat(x.violation().clause()).isEqualTo(SubstitutionIsRecordedWithTheEntry.CLAUSE);
            assertThat(x.sequence()).isEqualTo(events.size());
        });
    }

    private static Lesson lessonOnThePage(SchoolFixture f, LessonId id) {
        JournalPage page = f.journal.page(DIRECTOR, C5A, MATH, Q1).orElseThrow();
        Optional<Lesson> lesson = page.columns().stream().map(JournalPage.Column::lesson)
                .filter(l -> l.id().equals(id)).findFirst();
        assertThat(lesson).isPresent();
        return lesson.get();
    }
}
