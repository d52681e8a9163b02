package org.ejournal.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;
import static org.ejournal.rules.access.AccessTesting.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.Answer;
import org.ejournal.core.Journal;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.Severity;
import org.ejournal.core.Violation;
import org.ejournal.core.command.*;
import org.ejournal.core.model.*;
import org.ejournal.core.view.EditListing;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Revision;
import org.ejournal.rules.Regulation;
import org.ejournal.rules.catalogue.AccessRules;
import org.junit.jupiter.api.Test;

/**
 * Who may read the listing of who edited what in a class journal (NetSchool's journal access report):
 * the school's leadership (POL-4.1, POL-3.5, REC-6.2), the journal administrator (POL-4.6, REC-6.4) and
 * the class teacher of that class (POL-4.5); no subject teacher, not the records clerk (REC-1.8), never
 * a pupil or a guardian (POL-3.6).
 */
class EditListingAccessTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    /** The fixture's school, guarded, with a mark corrected by the director and an absence corrected by its teacher. */
    private static SchoolFixture withCorrections() {
        SchoolFixture f = guarded();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(2)));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));
        f.accept(MATH_TEACHER, RecordAttendance.of(LESSON, SIDOROV, "н"));
        f.clock.advance(Duration.ofHours(2));
        f.accept(MATH_TEACHER, new CorrectAttendance(LESSON, SIDOROV, "б", "принесли справку"));
        f.accept(MATH_TEACHER, new CancelMark(TASK, IVANOVA, "не та работа"));
        return f;
    }

    private static Violation refused(Answer<?> answer, String clause) {
        return refused(answer, clause, C5A);
    }

    private static Violation refused(Answer<?> answer, String clause, ClassId schoolClass) {
        assertThat(answer).isInstanceOf(Answer.Refused.class);
        List<Violation> vs = ((Answer.Refused<?>) answer).violations();
        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(AccessRules.CODE_EDITS_REFUSED);
            assertThat(v.clause()).isEqualTo(clause);
            assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(v.concerns()).isEqualTo("edits " + schoolClass);
            assertThat(v.messageRu()).containsPattern("[А-Яа-я]");
            assertThat(v.messageEn()).doesNotContainPattern("[А-Яа-я]{3}");
        });
        return vs.get(0);
    }

    @Test
    void POL_4_1_the_director_a_deputy_the_administrator_and_an_import_read_the_edit_listing_of_any_class() {
        SchoolFixture f = withCorrections();
        Actor deputy = staff(f, "deputy", StaffRole.DEPUTY_DIRECTOR);

        for (Actor a : List.of(DIRECTOR, deputy, ADMIN, IMPORT)) {
            EditListing listing = f.journal.edits(a, C5A, MONDAY, MONDAY).orElseThrow();
            assertThat(listing.edits()).as(a.describe()).hasSize(7);
            assertThat(listing.corrections()).as(a.describe()).extracting(EditListing.Edit::entry,
                    EditListing.Edit::change).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(EntryRef.attendance(LESSON, SIDOROV),
                                    Revision.Change.CORRECTED),
                            org.assertj.core.groups.Tuple.tuple(EntryRef.mark(TASK, IVANOVA),
                                    Revision.Change.CANCELLED));
            assertThat(f.journal.edits(a, C5B, MONDAY, TUESDAY).isGranted()).as(a.describe()).isTrue();
        }
    }

    @Test
    void POL_4_5_the_class_teacher_reads_the_edit_listing_of_her_own_class_only() {
        SchoolFixture f = withCorrections();

        EditListing listing = f.journal.edits(RUS_TEACHER, C5A, MONDAY, MONDAY).orElseThrow();

        assertThat(listing.edits()).hasSize(7);
        assertThat(listing.edits()).extracting(EditListing.Edit::actor).containsOnly(MATH_TEACHER);
        assertThat(f.journal.edits(RUS_TEACHER, C5A, MATH, MONDAY, MONDAY).orElseThrow().edits()).hasSize(7);
        refused(f.journal.edits(RUS_TEACHER, C5B, MONDAY, MONDAY), "REC-1.8", C5B);
    }

    @Test
    void REC_1_8_a_subject_teacher_may_not_read_the_edit_listing_even_of_a_class_she_teaches() {
        SchoolFixture f = withCorrections();

        Violation v = refused(f.journal.edits(MATH_TEACHER, C5A, MONDAY, MONDAY), "REC-1.8");
        assertThat(v.messageEn()).contains("'staff:" + MATH_TEACHER_ID + "' is none of them");
        refused(f.journal.edits(MATH_TEACHER, C5A, MATH, MONDAY, MONDAY), "REC-1.8");
        // her own entries' histories stay open to her
        assertThat(f.journal.history(MATH_TEACHER, EntryRef.mark(TASK, IVANOVA)).isGranted()).isTrue();
    }

    @Test
    void REC_1_8_the_records_clerk_who_archives_the_paper_copies_may_not_read_the_edit_listing() {
        SchoolFixture f = withCorrections();

        refused(f.journal.edits(CLERK, C5A, MONDAY, MONDAY), "REC-1.8");
        assertThat(f.journal.page(CLERK, C5A, MATH, Q1).isGranted()).isTrue();
    }

    @Test
    void POL_3_6_a_pupil_may_not_read_the_edit_listing_even_of_her_own_class() {
        SchoolFixture f = withCorrections();

        Violation v = refused(f.journal.edits(IVANOVA_PUPIL, C5A, MONDAY, MONDAY), "POL-3.6");
        assertThat(v.messageEn()).isEqualTo("pupils and guardians see their own data only, not the edit listing "
                + "of a class journal");
        refused(f.journal.edits(PETROV_PUPIL, C5A, MATH, MONDAY, MONDAY), "POL-3.6");
        assertThat(f.journal.history(IVANOVA_PUPIL, EntryRef.mark(TASK, IVANOVA)).isGranted()).isTrue();
    }

    @Test
    void POL_3_6_a_guardian_may_not_read_the_edit_listing() {
        SchoolFixture f = withCorrections();

        refused(f.journal.edits(MOTHER, C5A, MONDAY, MONDAY), "POL-3.6");
        refused(f.journal.edits(MOTHER, C5A, MATH, MONDAY, MONDAY), "POL-3.6");
    }

    @Test
    void REC_1_8_a_teacher_with_no_assignment_may_not_read_the_edit_listing() {
        SchoolFixture f = withCorrections();
        Actor idle = staff(f, "t-idle", StaffRole.TEACHER);

        refused(f.journal.edits(idle, C5A, MONDAY, MONDAY), "REC-1.8");
    }

    @Test
    void a_refused_reader_with_a_bad_request_hears_of_both() {
        SchoolFixture f = withCorrections();

        Answer<EditListing> answer = f.journal.edits(MOTHER, C5A, TUESDAY, MONDAY);

        assertThat(((Answer.Refused<?>) answer).violations()).extracting(Violation::code)
                .containsExactly(org.ejournal.core.ViolationCodes.INVALID_VALUE, AccessRules.CODE_EDITS_REFUSED);
    }

    @Test
    void REC_6_2_a_journal_built_by_the_regulation_guards_the_edit_listing() {
        SchoolFixture f = withCorrections();
        Journal journal = Regulation.journal(school(), PROFILE).store(f.store).clock(f.clock).build();

        refused(journal.edits(MOTHER, C5A, MONDAY, MONDAY), "POL-3.6");
        assertThat(journal.edits(RUS_TEACHER, C5A, MONDAY, MONDAY).orElseThrow().edits()).hasSize(7);
    }
}
