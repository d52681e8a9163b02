package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.RetentionSchool.*;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.TaskId;
import org.ejournal.core.retention.LegalHold;
import org.ejournal.core.retention.RecordKind;
import org.ejournal.core.retention.Retention;
import org.ejournal.core.retention.RetentionException;
import org.ejournal.core.retention.RetentionPlan;
import org.ejournal.core.retention.RetentionPolicy;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.Stores;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.JournalPage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Retention (REC-7.2, POL-7.1: journals 5 years; REC-7.3, POL-7.2: summary sheets 25 years, from the
 * end of the school year) over a school of three years: exactly what is due on a day is planned and
 * purged, payloads go and tombstones stay, the log still verifies with the same root (REG-8), legal
 * holds keep what they name, and bad input gets its code.
 */
class RetentionTest {

    static final RetentionPolicy POLICY = RetentionPolicy.defaults();
    static final LocalDate Y20_JOURNALS_DUE = LocalDate.of(2026, 6, 1);
    static final LocalDate Y21_JOURNALS_DUE = LocalDate.of(2027, 6, 1);
    static final LocalDate Y22_JOURNALS_DUE = LocalDate.of(2028, 6, 1);
    static final LocalDate Y20_SHEET_DUE = LocalDate.of(2046, 6, 1);
    static final LocalDate Y22_SHEET_DUE = LocalDate.of(2048, 6, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 2);

    final RetentionSchool school = RetentionSchool.create();

    RetentionPlan plan(LocalDate date, LegalHold... holds) {
        return Retention.of(POLICY).withHolds(List.of(holds)).plan(school.journal, school.store, date);
    }

    Set<Long> kinds(RetentionPlan plan, SchoolYearId year, RecordKind kind) {
        return plan.groups().stream().filter(g -> g.year().equals(year) && g.kind() == kind)
                .flatMap(g -> g.entries().stream()).map(RetentionPlan.Entry::sequence)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<Long> sequences(List<RetentionPlan.Held> held) {
        return held.stream().map(h -> h.entry().sequence()).collect(Collectors.toCollection(TreeSet::new));
    }

    static LegalHold hold(SchoolYearId year) {
        return LegalHold.ofYear(year, "запрос суда по делу № 2-123/2026", CLERK_ID, TODAY);
    }

    static LegalHold hold(SchoolYearId year, StudentId pupil) {
        return LegalHold.ofPupil(year, pupil, "запрос прокуратуры № 7-15/2026", CLERK_ID, TODAY);
    }

    @Nested
    class WhatIsDue {

        @Test
        void nothing_is_due_the_day_before_the_first_journal_term_ends() {
            RetentionPlan plan = plan(Y20_JOURNALS_DUE.minusDays(1));

            assertThat(plan.isEmpty()).isTrue();
            assertThat(plan.groups()).isEmpty();
            assertThat(plan.held()).isEmpty();
            assertThat(plan.unclassified()).isEmpty();
        }

        @Test
        void REC_7_2_five_years_after_a_year_ends_exactly_its_journal_and_the_personal_data_only_it_needed_are_due() {
            RetentionPlan plan = plan(Y20_JOURNALS_DUE);

            Set<Long> journal20 = school.where(e -> e.kind() == RecordKind.JOURNAL && e.year().equals(Y20));
            Set<Long> borisFather = school.where(e -> e.kind() == RecordKind.PERSONAL_DATA && Y20.equals(e.year())
                    && e.term() == RecordKind.JOURNAL);
            assertThat(journal20).hasSize(12);
            assertThat(borisFather).hasSize(2);
            assertThat(plan.groups()).extracting(RetentionPlan.Group::year, RetentionPlan.Group::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Y20, RecordKind.JOURNAL),
                            org.assertj.core.groups.Tuple.tuple(Y20, RecordKind.PERSONAL_DATA));
            assertThat(kinds(plan, Y20, RecordKind.JOURNAL)).isEqualTo(journal20);
            assertThat(kinds(plan, Y20, RecordKind.PERSONAL_DATA)).isEqualTo(borisFather);
            assertThat(plan.sequences()).isEqualTo(school.dueOn(POLICY, Y20_JOURNALS_DUE));
            RetentionPlan.Group journal = plan.groups().get(0);
            assertThat(journal.dueSince()).isEqualTo(Y20_JOURNALS_DUE);
            assertThat(journal.clause()).isEqualTo("REC-7.2");
            assertThat(journal.reasonEn()).contains("2020/2021", "5 years from 2021-06-01", "since 2026-06-01");
            assertThat(journal.reasonRu()).contains("журнал 2020/2021", "5 лет с 01.06.2021", "01.06.2026");
            assertThat(plan.groups().get(1).clause()).isEqualTo("REC-1.8");
            assertThat(plan.due()).extracting(RetentionPlan.Entry::action).contains("RecordLesson", "RecordMark",
                    "CorrectMark", "RecordAttendance", "AssignTask", "AssignHomework", "RecordPaperReport",
                    "SetCurriculumLoad", "AssignTeacher", "AssignClassTeacher", "RegisterGuardian", "LinkGuardian")
                    .doesNotContain("RecordPeriodMark", "OpenSchoolYear", "CreateClass", "RecordMovement",
                            "RegisterStudent", "RegisterStaffMember", "DefineSubject");
        }

        @Test
        void each_year_s_journal_falls_due_on_its_own_day() {
            assertThat(plan(Y21_JOURNALS_DUE.minusDays(1)).sequences()).isEqualTo(school.dueOn(POLICY, Y20_JOURNALS_DUE));
            RetentionPlan y21 = plan(Y21_JOURNALS_DUE);
            assertThat(y21.sequences()).isEqualTo(school.dueOn(POLICY, Y21_JOURNALS_DUE));
            assertThat(kinds(y21, Y21, RecordKind.JOURNAL))
                    .isEqualTo(school.where(e -> e.kind() == RecordKind.JOURNAL && e.year().equals(Y21)));

            RetentionPlan y22 = plan(Y22_JOURNALS_DUE);
            // the mothers' registrations and links go with their children's last journals, 2022/2023
            assertThat(kinds(y22, Y22, RecordKind.PERSONAL_DATA)).hasSize(4)
                    .isEqualTo(school.where(e -> e.kind() == RecordKind.PERSONAL_DATA && Y22.equals(e.year())
                            && e.term() == RecordKind.JOURNAL));
            assertThat(y22.sequences()).isEqualTo(school.dueOn(POLICY, Y22_JOURNALS_DUE))
                    .isEqualTo(school.where(e -> e.term() == RecordKind.JOURNAL));
        }

        @Test
        void REC_7_3_summary_sheets_stay_until_twenty_five_years_after_their_year_ends() {
            RetentionPlan before = plan(Y20_SHEET_DUE.minusDays(1));
            assertThat(before.sequences()).isEqualTo(school.where(e -> e.term() == RecordKind.JOURNAL));
            assertThat(before.groups()).noneMatch(g -> g.kind() == RecordKind.SUMMARY_SHEET);

            RetentionPlan on = plan(Y20_SHEET_DUE);
            Set<Long> sheet20 = school.where(e -> e.kind() == RecordKind.SUMMARY_SHEET && e.year().equals(Y20));
            assertThat(kinds(on, Y20, RecordKind.SUMMARY_SHEET)).isEqualTo(sheet20);
            assertThat(sheet20).hasSize(9); // the year, its period, 5А, two enrolments, two year marks, the close, Boris's withdrawal
            // Boris's registration goes with the last sheet that lists him
            assertThat(kinds(on, Y20, RecordKind.PERSONAL_DATA)).containsAll(
                    school.where(e -> e.kind() == RecordKind.PERSONAL_DATA && Y20.equals(e.year())
                            && e.term() == RecordKind.SUMMARY_SHEET)).hasSize(3);
            assertThat(on.sequences()).isEqualTo(school.dueOn(POLICY, Y20_SHEET_DUE));
            assertThat(on.groups().stream().filter(g -> g.kind() == RecordKind.SUMMARY_SHEET).findFirst().orElseThrow()
                    .reasonRu()).contains("сводная ведомость 2020/2021", "25 лет");
        }

        @Test
        void after_the_last_summary_sheet_only_the_staff_and_subjects_remain() {
            assertThat(plan(Y22_SHEET_DUE.minusDays(1)).sequences()).doesNotContain(
                    school.where(e -> e.term() == RecordKind.SUMMARY_SHEET && e.year().equals(Y22)).first());

            RetentionPlan plan = plan(Y22_SHEET_DUE);

            assertThat(plan.sequences()).isEqualTo(school.where(e -> e.term() != null));
            TreeSet<Long> kept = new TreeSet<>(school.expected.keySet());
            kept.removeAll(plan.sequences());
            assertThat(kept).isEqualTo(school.where(e -> e.kind() == RecordKind.SCHOOL_REGISTER)).hasSize(4);
        }

        @Test
        void a_state_exam_in_june_goes_with_the_summary_sheet_of_the_year_just_ended() {
            long exam = school.about(ANNA, Set.of("RecordExamResult")).first();

            assertThat(plan(Y22_SHEET_DUE.minusDays(1)).sequences()).doesNotContain(exam);
            assertThat(plan(Y22_SHEET_DUE).due()).filteredOn(e -> e.sequence() == exam).singleElement()
                    .satisfies(e -> {
                        assertThat(e.year()).isEqualTo(Y22);
                        assertThat(e.kind()).isEqualTo(RecordKind.SUMMARY_SHEET);
                        assertThat(e.dueSince()).isEqualTo(Y22_SHEET_DUE);
                    });
        }

        @Test
        void a_withdrawal_goes_with_the_latest_stay_its_pupil_left_as_its_header_does_not_name_the_stay() {
            long firstWithdrawal = school.about(BORIS, Set.of("RecordMovement")).last();
            school.clock.set(SchoolFixture.at(LocalDate.of(2021, 9, 20), 10, 0));
            assertThat(school.journal.execute(ADMIN, org.ejournal.core.command.RecordMovement.enrolment(BORIS, C6A,
                    org.ejournal.core.model.OrderRef.of("50-у", LocalDate.of(2021, 9, 20)), LocalDate.of(2021, 9, 21))))
                    .isInstanceOf(Outcome.Accepted.class);
            assertThat(school.journal.execute(ADMIN, org.ejournal.core.command.RecordMovement.withdrawal(BORIS,
                    org.ejournal.core.model.OrderRef.of("61-у", LocalDate.of(2021, 12, 1)), LocalDate.of(2021, 12, 1))))
                    .isInstanceOf(Outcome.Accepted.class);
            TreeSet<Long> borisMovements = school.about(BORIS, Set.of("RecordMovement"));
            assertThat(borisMovements).hasSize(4);

            // kept a year longer than its own 2020/2021 sheet: with 2021/2022's, the latest stay Boris left
            assertThat(plan(Y20_SHEET_DUE).sequences()).contains(borisMovements.first())
                    .doesNotContain(firstWithdrawal);
            assertThat(plan(Y20_SHEET_DUE.plusYears(1)).due()).filteredOn(e -> borisMovements.contains(e.sequence()))
                    .hasSize(4).filteredOn(e -> e.sequence() == firstWithdrawal).singleElement()
                    .satisfies(e -> assertThat(e.year()).isEqualTo(Y21));
        }

        @Test
        void counting_can_start_on_a_month_and_day_of_the_local_act() {
            RetentionPolicy fromJanuary = POLICY.withCountFrom(MonthDay.of(1, 1));
            Retention retention = Retention.of(fromJanuary);

            assertThat(retention.plan(school.journal, school.store, LocalDate.of(2026, 12, 31)).isEmpty()).isTrue();
            RetentionPlan plan = retention.plan(school.journal, school.store, LocalDate.of(2027, 1, 1));
            assertThat(plan.sequences()).isEqualTo(school.dueOn(POLICY, Y20_JOURNALS_DUE))
                    .isEqualTo(school.dueOn(fromJanuary, LocalDate.of(2027, 1, 1)));
            assertThat(plan.groups().get(0).reasonEn()).contains("from 2022-01-01");
        }

        @Test
        void a_longer_local_term_keeps_the_journals_longer() {
            RetentionPolicy tenYears = RetentionPolicy.of(10, 30);
            Retention retention = Retention.of(tenYears);

            assertThat(retention.plan(school.journal, school.store, LocalDate.of(2031, 5, 31)).isEmpty()).isTrue();
            assertThat(retention.plan(school.journal, school.store, LocalDate.of(2031, 6, 1)).sequences())
                    .isEqualTo(school.dueOn(tenYears, LocalDate.of(2031, 6, 1)))
                    .isEqualTo(school.dueOn(POLICY, Y20_JOURNALS_DUE));
        }

        @Test
        void a_plan_for_a_day_is_deterministic_and_changes_nothing() {
            LogReport before = school.journal.verify();
            RetentionPlan first = plan(Y22_JOURNALS_DUE, hold(Y21, VERA));
            RetentionPlan again = plan(Y22_JOURNALS_DUE, hold(Y21, VERA));
            Journal copy = school.reopen(Stores.copy(school.store, SchoolFixture.SCHOOL_ID));
            RetentionPlan elsewhere = Retention.of(POLICY).withHolds(List.of(hold(Y21, VERA)))
                    .plan(copy, Stores.copy(school.store, SchoolFixture.SCHOOL_ID), Y22_JOURNALS_DUE);

            assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
            assertThat(elsewhere).isEqualTo(first);
            assertThat(school.journal.verify()).isEqualTo(before);
            assertThat(first.toString()).contains("kamchatka-school-1", "2028-06-01").doesNotContain("прокуратуры");
        }

        @Test
        void plans_grow_with_the_day() {
            LocalDate[] days = {Y20_JOURNALS_DUE, Y21_JOURNALS_DUE, Y22_JOURNALS_DUE, Y20_SHEET_DUE,
                Y20_SHEET_DUE.plusYears(1), Y22_SHEET_DUE};
            Set<Long> previous = Set.of();
            for (LocalDate day : days) {
                Set<Long> now = plan(day).sequences();
                assertThat(now).as("due on %s", day).containsAll(previous).hasSizeGreaterThan(previous.size());
                previous = now;
            }
        }
    }

    @Nested
    class Purging {

        @Test
        void REG_8_a_purge_removes_exactly_the_due_payloads_and_every_other_entry_stays_byte_for_byte() {
            List<LogEntry> before = school.store.entries(SchoolFixture.SCHOOL_ID).toList();
            RetentionPlan plan = plan(Y21_JOURNALS_DUE);

            school.journal.purge(plan);

            List<LogEntry> after = school.store.entries(SchoolFixture.SCHOOL_ID).toList();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                LogEntry was = before.get(i);
                LogEntry is = after.get(i);
                if (plan.sequences().contains(was.sequence())) {
                    assertThat(is.isTombstone()).as("entry %s", was.sequence()).isTrue();
                    assertThat(is).isEqualTo(was.tombstone());
                } else {
                    assertThat(is).as("entry %s", was.sequence()).isEqualTo(was);
                    assertThat(is.payload()).isEqualTo(was.payload());
                }
            }
            assertThat(after.stream().filter(LogEntry::isTombstone).map(LogEntry::sequence).toList())
                    .containsExactlyElementsOf(plan.sequences())
                    .containsExactlyElementsOf(school.dueOn(POLICY, Y21_JOURNALS_DUE));
        }

        @Test
        void REG_8_after_a_purge_the_log_verifies_with_the_same_root_and_counts_the_tombstones() {
            var root = school.journal.root();
            long size = school.journal.size();
            RetentionPlan plan = plan(Y20_SHEET_DUE);

            LogReport report = school.journal.purge(plan);

            assertThat(report.isIntact()).isTrue();
            assertThat(report.root()).isEqualTo(root);
            assertThat(report.tombstones()).isEqualTo(plan.sequences().size());
            assertThat(report.entries()).isEqualTo(size);
            assertThat(school.journal.root()).isEqualTo(root);
            assertThat(school.journal.size()).isEqualTo(size);
            LogReport verified = school.journal.verify();
            assertThat(verified.isIntact()).isTrue();
            assertThat(verified.root()).isEqualTo(root);
            assertThat(verified.tombstones()).isEqualTo(plan.sequences().size());
        }

        @Test
        void after_a_purge_the_journal_is_what_a_journal_opened_afresh_over_the_store_is() {
            school.journal.purge(plan(Y22_JOURNALS_DUE));

            Journal fresh = school.reopen();

            assertThat(school.journal.state().differences(fresh.state())).isEmpty();
            assertThat(school.journal.state()).isEqualTo(fresh.state());
            assertThat(fresh.root()).isEqualTo(school.journal.root());
            assertThat(fresh.size()).isEqualTo(school.journal.size());
        }

        @Test
        void a_reopened_journal_answers_pages_and_diaries_of_the_years_kept_and_the_summary_marks_of_the_others() {
            school.journal.purge(plan(Y21_JOURNALS_DUE));
            Journal reopened = school.reopen();

            JournalPage kept = reopened.page(ADMIN, C7A, MATH, P22).orElseThrow();
            assertThat(kept.columns()).singleElement().satisfies(c -> assertThat(c.lesson().topic()).contains("Выражения"));
            assertThat(kept.row(ANNA).orElseThrow().marks()).containsValue(FivePoint.of(5));
            assertThat(kept.row(VERA).orElseThrow().periodMark()).contains(FivePoint.of(3));
            Diary diary = reopened.diary(ADMIN, ANNA, LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 9))
                    .orElseThrow();
            assertThat(diary.marks()).extracting(Diary.DiaryMark::value).containsExactly(FivePoint.of(5));

            JournalPage purged = reopened.page(ADMIN, C5A, MATH, P20).orElseThrow();
            assertThat(purged.columns()).isEmpty();
            assertThat(purged.rows()).extracting(JournalPage.Row::student).containsExactlyInAnyOrder(ANNA, BORIS);
            assertThat(purged.row(BORIS).orElseThrow().periodMark()).contains(FivePoint.of(4));
            assertThat(purged.row(BORIS).orElseThrow().name()).isEqualTo(PersonName.of("Борисов", "Борис", null));
            assertThat(reopened.diary(ADMIN, ANNA, LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 11))
                    .orElseThrow().marks()).isEmpty();
            assertThat(reopened.<Boolean>inspect(v -> v.guardian(BORIS_FATHER).isPresent())).isFalse();
            assertThat(reopened.<Boolean>inspect(v -> v.guardian(ANNA_MOTHER).isPresent())).isTrue();
        }

        @Test
        void the_next_entry_after_a_purge_is_numbered_after_the_tombstones() {
            long size = school.journal.size();
            school.journal.purge(plan(Y22_SHEET_DUE));
            school.clock.set(SchoolFixture.at(LocalDate.of(2048, 6, 2), 10, 0));

            Outcome o = school.journal.execute(ADMIN, new org.ejournal.core.command.OpenSchoolYear(
                    SchoolYearId.of("2048-2049"), LocalDate.of(2048, 9, 1), LocalDate.of(2049, 5, 31),
                    org.ejournal.core.model.SchoolCalendar.ofWeek(5)));

            assertThat(o).isInstanceOf(Outcome.Accepted.class);
            assertThat(((Outcome.Accepted) o).events().get(0).sequence()).isEqualTo(size + 1);
            assertThat(school.reopen().size()).isEqualTo(size + 1);
            assertThat(school.journal.verify().isIntact()).isTrue();
        }

        @Test
        void purging_year_after_year_leaves_what_the_oracle_keeps_and_the_log_intact() {
            var root = school.journal.root();
            for (LocalDate day : List.of(Y20_JOURNALS_DUE, Y21_JOURNALS_DUE, Y22_JOURNALS_DUE, Y20_SHEET_DUE,
                    Y20_SHEET_DUE.plusYears(1), Y22_SHEET_DUE)) {
                RetentionPlan plan = plan(day);
                TreeSet<Long> newlyDue = school.dueOn(POLICY, day);
                newlyDue.removeAll(school.store.entries(SchoolFixture.SCHOOL_ID).filter(LogEntry::isTombstone)
                        .map(LogEntry::sequence).toList());
                assertThat(plan.sequences()).as("due on %s", day).isEqualTo(newlyDue);

                LogReport report = school.journal.purge(plan);

                assertThat(report.isIntact()).isTrue();
                assertThat(report.root()).isEqualTo(root);
                assertThat(report.tombstones()).isEqualTo(school.dueOn(POLICY, day).size());
                assertThat(school.journal.state()).isEqualTo(school.reopen().state());
            }
            assertThat(plan(Y22_SHEET_DUE.plusYears(50)).isEmpty()).isTrue();
        }

        @Test
        void purging_an_empty_plan_changes_nothing() {
            List<LogEntry> before = school.store.entries(SchoolFixture.SCHOOL_ID).toList();

            LogReport report = school.journal.purge(plan(Y20_JOURNALS_DUE.minusDays(1)));

            assertThat(report.tombstones()).isZero();
            assertThat(school.store.entries(SchoolFixture.SCHOOL_ID).toList()).isEqualTo(before);
        }
    }

    @Nested
    class LegalHolds {

        @Test
        void a_hold_on_a_year_keeps_all_of_it_and_the_personal_data_it_needs() {
            LegalHold hold = hold(Y20);

            RetentionPlan plan = plan(Y20_JOURNALS_DUE, hold);

            assertThat(plan.isEmpty()).isTrue();
            assertThat(sequences(plan.held())).isEqualTo(school.dueOn(POLICY, Y20_JOURNALS_DUE));
            assertThat(plan.held()).allSatisfy(h -> assertThat(h.holds()).containsExactly(hold));
            assertThat(plan.holds()).containsExactly(hold);
        }

        @Test
        void a_hold_on_a_pupil_keeps_their_records_and_their_class_s_pages_and_lets_the_others_go() {
            LegalHold hold = hold(Y20, ANNA);
            Set<Long> borisOnly = new TreeSet<>(school.about(BORIS, Set.of("RecordMark", "RecordAttendance",
                    "RecordPaperReport")));
            borisOnly.addAll(school.where(e -> e.kind() == RecordKind.PERSONAL_DATA && Y20.equals(e.year())
                    && e.term() == RecordKind.JOURNAL));
            assertThat(borisOnly).hasSize(5);

            RetentionPlan plan = plan(Y20_JOURNALS_DUE, hold);

            assertThat(plan.sequences()).isEqualTo(borisOnly);
            TreeSet<Long> held = new TreeSet<>(school.dueOn(POLICY, Y20_JOURNALS_DUE));
            held.removeAll(borisOnly);
            assertThat(sequences(plan.held())).isEqualTo(held);

            school.journal.purge(plan);
            Journal reopened = school.reopen();
            Diary diary = reopened.diary(ADMIN, ANNA, LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 11))
                    .orElseThrow();
            assertThat(diary.marks()).extracting(Diary.DiaryMark::value).containsExactly(FivePoint.of(5));
            assertThat(diary.days().get(0).lessons()).singleElement()
                    .satisfies(l -> assertThat(l.homework()).hasSize(1));
            assertThat(reopened.history(ADMIN, org.ejournal.core.view.EntryRef.mark(TaskId.of("t-2020-1"), ANNA))
                    .orElseThrow().revisions()).hasSize(2);
            JournalPage page = reopened.page(ADMIN, C5A, MATH, P20).orElseThrow();
            assertThat(page.columns()).hasSize(2);
            assertThat(page.row(BORIS).orElseThrow().marks()).isEmpty();
            assertThat(page.row(BORIS).orElseThrow().attendance()).isEmpty();
            assertThat(page.row(ANNA).orElseThrow().marks()).containsValue(FivePoint.of(5));
        }

        @Test
        void a_hold_keeps_nothing_of_other_years_nor_other_pupils_marks() {
            RetentionPlan plan = plan(Y21_JOURNALS_DUE, hold(Y21, VERA));

            assertThat(kinds(plan, Y20, RecordKind.JOURNAL))
                    .isEqualTo(school.where(e -> e.kind() == RecordKind.JOURNAL && e.year().equals(Y20)));
            assertThat(plan.held()).isNotEmpty().allSatisfy(h -> assertThat(h.entry().year()).isEqualTo(Y21));
            Set<Long> annaIn21 = school.about(ANNA, Set.of("RecordMark")).stream()
                    .filter(s -> school.expected.get(s).year().equals(Y21)).collect(Collectors.toSet());
            Set<Long> veraIn21 = school.about(VERA, Set.of("RecordMark", "RecordAttendance", "CorrectAttendance"))
                    .stream().filter(s -> school.expected.get(s).year().equals(Y21)).collect(Collectors.toSet());
            assertThat(annaIn21).hasSize(1);
            assertThat(veraIn21).hasSize(3);
            assertThat(plan.sequences()).containsAll(annaIn21).doesNotContainAnyElementsOf(veraIn21);
            // the group, its lesson, task, the outage and the class's set-up stay for Vera's pages
            assertThat(sequences(plan.held())).containsAll(veraIn21)
                    .isEqualTo(new TreeSet<>(school.where(e -> e.kind() == RecordKind.JOURNAL && e.year().equals(Y21))
                            .stream().filter(s -> !annaIn21.contains(s)).toList()));
        }

        @Test
        void a_pupil_hold_keeps_the_pupil_registered_so_it_stays_valid_after_every_purge() {
            LegalHold nothingToHold = hold(Y20, VERA); // Vera joined in 2021/2022
            Set<Long> registration = school.where(e -> e.kind() == RecordKind.PERSONAL_DATA
                    && e.term() == RecordKind.SUMMARY_SHEET && e.year().equals(Y22));
            RetentionPlan plan = plan(Y22_SHEET_DUE, nothingToHold);
            assertThat(registration).hasSize(2); // Anna's and Vera's
            // Vera's registration, and the year as a whole: the year, its period, its closing
            assertThat(plan.held()).extracting(h -> h.entry().action()).containsExactlyInAnyOrder("RegisterStudent",
                    "OpenSchoolYear", "DefineStudyPeriod", "ClosePeriod");
            assertThat(sequences(plan.held())).containsAnyElementsOf(registration);

            school.journal.purge(plan);

            RetentionPlan next = plan(Y22_SHEET_DUE.plusYears(10), nothingToHold);
            assertThat(next.isEmpty()).isTrue();
            assertThat(school.journal.<Boolean>inspect(v -> v.student(VERA).isPresent())).isTrue();
            assertThat(school.journal.<Boolean>inspect(v -> v.student(ANNA).isPresent())).isFalse();
        }

        @Test
        void a_lifted_hold_lets_the_next_plan_purge_what_it_kept() {
            school.journal.purge(plan(Y20_JOURNALS_DUE, hold(Y20)));
            assertThat(school.journal.verify().tombstones()).isZero();

            RetentionPlan lifted = plan(Y20_JOURNALS_DUE.plusDays(30));

            assertThat(lifted.sequences()).isEqualTo(school.dueOn(POLICY, Y20_JOURNALS_DUE));
            school.journal.purge(lifted);
            assertThat(school.journal.verify().tombstones()).isEqualTo(lifted.sequences().size());
        }
    }

    @Nested
    class BadInput {

        @Test
        void null_arguments_are_refused() {
            Retention r = Retention.defaults();
            assertThatThrownBy(() -> r.plan(null, school.store, TODAY)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> r.plan(school.journal, null, TODAY)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> r.plan(school.journal, school.store, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> school.journal.purge(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Retention.of(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> r.withHolds(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> r.withHolds(java.util.Arrays.asList((LegalHold) null)))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> LegalHold.ofYear(null, "r", CLERK_ID, TODAY)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void EJ1920_a_day_before_the_school_s_first_year_is_refused() {
            assertThatThrownBy(() -> plan(LocalDate.of(2020, 8, 31)))
                    .isInstanceOfSatisfying(RetentionException.class, e -> {
                        assertThat(e.code()).isEqualTo(Retention.DATE_BEFORE_THE_SCHOOL).isEqualTo("EJ1920");
                        assertThat(e.clause()).isEqualTo("REC-7.2");
                        assertThat(e.getMessage()).startsWith("EJ1920").contains("2020-08-31", "2020-09-01");
                    });
            assertThat(plan(LocalDate.of(2020, 9, 1)).isEmpty()).isTrue();
        }

        @Test
        void EJ1921_a_hold_on_what_the_journal_does_not_know_is_refused() {
            assertThat(codeOf(() -> plan(TODAY, hold(SchoolYearId.of("1999-2000"))))).isEqualTo("EJ1921");
            assertThat(codeOf(() -> plan(TODAY, hold(Y20, StudentId.of("s-nobody"))))).isEqualTo("EJ1921");
            assertThat(codeOf(() -> plan(TODAY, LegalHold.ofYear(Y20, "запрос", StaffId.of("nobody"), TODAY))))
                    .isEqualTo("EJ1921");
            assertThatThrownBy(() -> LegalHold.ofYear(Y20, "  ", CLERK_ID, TODAY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1921");
            assertThatThrownBy(() -> LegalHold.ofYear(Y20, "x".repeat(501), CLERK_ID, TODAY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1921");
        }

        @Test
        void EJ1922_a_plan_of_another_school_is_refused_and_nothing_is_purged() {
            School other = School.builder().id(SchoolId.of("other-school")).name("МБОУ «Школа № 2»")
                    .zone(SchoolFixture.KAMCHATKA).build();
            var store = org.ejournal.core.store.InMemoryStore.create();
            Journal theirs = Journal.builder().school(other).store(store).build();
            RetentionPlan plan = Retention.defaults().plan(theirs, store, TODAY);

            assertThat(codeOf(() -> school.journal.purge(plan))).isEqualTo("EJ1922");
            assertThat(school.journal.verify().tombstones()).isZero();
        }

        @Test
        void EJ1923_a_plan_made_before_the_log_changed_is_refused_and_nothing_is_purged() {
            RetentionPlan plan = plan(Y20_JOURNALS_DUE);
            school.clock.set(SchoolFixture.at(LocalDate.of(2023, 5, 15), 10, 0));
            assertThat(school.journal.execute(TEACHER, RecordLesson.of(LessonId.of("l-late"), C7A, MATH,
                    LocalDate.of(2023, 5, 15), 1, TEACHER_ID, "Повторение"))).isInstanceOf(Outcome.Accepted.class);

            assertThat(codeOf(() -> school.journal.purge(plan))).isEqualTo("EJ1923");
            assertThat(school.journal.verify().tombstones()).isZero();
        }

        @Test
        void EJ1923_a_plan_already_carried_out_is_refused_the_second_time() {
            RetentionPlan plan = plan(Y20_JOURNALS_DUE);
            RetentionPlan later = plan(Y21_JOURNALS_DUE);
            school.journal.purge(plan);

            assertThat(codeOf(() -> school.journal.purge(plan))).isEqualTo("EJ1923");
            assertThat(codeOf(() -> school.journal.purge(later))).isEqualTo("EJ1923");
            assertThat(school.journal.verify().tombstones()).isEqualTo(plan.sequences().size());
        }

        @Test
        void a_plan_describes_a_log_not_a_store_object_so_a_plan_made_over_an_identical_copy_serves_too() {
            var copy = Stores.copy(school.store, SchoolFixture.SCHOOL_ID);
            Journal other = school.reopen(copy);
            RetentionPlan plan = Retention.defaults().plan(other, copy, Y20_JOURNALS_DUE);
            other.purge(plan);

            school.journal.purge(plan);

            assertThat(school.store.entries(SchoolFixture.SCHOOL_ID).toList())
                    .isEqualTo(copy.entries(SchoolFixture.SCHOOL_ID).toList());
            assertThat(codeOf(() -> other.purge(plan))).isEqualTo("EJ1923");
        }

        @Test
        void EJ1924_a_store_that_is_not_the_journal_s_is_refused() {
            var empty = org.ejournal.core.store.InMemoryStore.create();
            assertThat(codeOf(() -> Retention.defaults().plan(school.journal, empty, TODAY))).isEqualTo("EJ1924");

            var copy = Stores.copy(school.store, SchoolFixture.SCHOOL_ID);
            school.clock.set(SchoolFixture.at(LocalDate.of(2023, 5, 15), 10, 0));
            school.journal.execute(TEACHER, RecordLesson.of(LessonId.of("l-late"), C7A, MATH,
                    LocalDate.of(2023, 5, 15), 1, TEACHER_ID, "Повторение"));
            assertThat(codeOf(() -> Retention.defaults().plan(school.journal, copy, TODAY))).isEqualTo("EJ1924");
        }

        @Test
        void EJ1001_a_policy_out_of_range_is_refused() {
            assertThatThrownBy(() -> RetentionPolicy.of(0, 25)).hasMessageStartingWith("EJ1001");
            assertThatThrownBy(() -> RetentionPolicy.of(101, 101)).hasMessageStartingWith("EJ1001");
            assertThatThrownBy(() -> RetentionPolicy.of(10, 5)).hasMessageStartingWith("EJ1001")
                    .hasMessageContaining("shorter");
            assertThatThrownBy(() -> POLICY.withCountFrom(MonthDay.of(2, 29))).hasMessageStartingWith("EJ1001");
        }

        private String codeOf(Runnable action) {
            try {
                action.run();
            } catch (RetentionException e) {
                assertThat(e.getMessage()).startsWith(e.code());
                return e.code();
            }
            throw new AssertionError("no RetentionException");
        }
    }

    @Test
    void the_policy_counts_from_the_day_after_the_year_or_the_next_given_day() {
        var year = school.years.get(Y20);
        assertThat(POLICY.countingStart(year)).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(POLICY.journalsDueOn(year)).isEqualTo(Y20_JOURNALS_DUE);
        assertThat(POLICY.summarySheetsDueOn(year)).isEqualTo(Y20_SHEET_DUE);
        assertThat(POLICY.withCountFrom(MonthDay.of(6, 1)).countingStart(year)).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(POLICY.withCountFrom(MonthDay.of(5, 31)).countingStart(year)).isEqualTo(LocalDate.of(2022, 5, 31));
        assertThat(POLICY.withCountFrom(MonthDay.of(9, 1)).countingStart(year)).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(POLICY.withCountFrom(MonthDay.of(1, 1)).countingFromTheYearsEnd()).isEqualTo(POLICY);
        assertThat(RetentionPolicy.defaults()).isEqualTo(RetentionPolicy.of(5, 25));
    }
}
