package org.ejournal.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ejournal.rules.ProfileException;
import org.ejournal.rules.ProfileFile;
import org.ejournal.rules.ProfileFile.InvalidFileException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad file gets its own code, the key it concerns and where it stands — one line a
 * person can act on, never a stack trace.
 */
class RefusingABadProfileFileTest {

    private static InvalidFileException refused(String text) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ProfileFile.parse(text));
        assertThat(e).as("refusal of %s", text).isNotNull();
        assertThat(e).isInstanceOf(ProfileException.class);
        assertThat(e.getMessage()).as("one line for the user").doesNotContain("\n").doesNotContain("Exception")
                .startsWith(e.code() + " ");
        return e;
    }

    /** @return the 1-based column of the first occurrence of {@code part} in a one-line text */
    private static int columnOf(String text, String part) {
        int i = text.indexOf(part);
        assertThat(i).as("%s in %s", part, text).isNotNegative();
        return i + 1;
    }

    @Nested
    class MalformedJsonIsEJ2002 {

        @Test
        void a_trailing_comma_is_reported_where_it_closes() {
            String text = "{\"days\": {\"counting\": \"SCHOOL_DAYS\"},}";
            InvalidFileException e = refused(text);

            assertThat(e.code()).isEqualTo("EJ2002");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(columnOf(text, ",}") + 1);
            assertThat(e.getMessage()).isEqualTo("EJ2002 line 1, column " + e.column()
                    + ": a comma before '}' is not allowed in JSON");
        }

        @Test
        void a_missing_comma_between_lines_is_reported_on_the_next_line() {
            InvalidFileException e = refused("""
                    {
                      "deadlines": {
                        "marks": {"days": 3}
                        "publication": {"hours": 12}
                      }
                    }
                    """);

            assertThat(e.code()).isEqualTo("EJ2002");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(5);
            assertThat(e.getMessage()).contains("expected ',' or '}' after the value of \"marks\"")
                    .contains("a comma is missing");
            assertThat(e.field()).isEqualTo("deadlines");
        }

        @Test
        void windows_line_breaks_count_as_one_line_each() {
            InvalidFileException e = refused("{\r\n\r\n  \"days\" 1}");

            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(10);
            assertThat(e.getMessage()).contains("expected ':' after the key \"days\"");
        }

        @Test
        void a_character_outside_the_basic_plane_is_one_column() {
            String text = "{\"policyVersion\": \"\uD83D\uDE00\" x}";
            InvalidFileException e = refused(text);

            assertThat(e.column()).isEqualTo(columnOf(text, "x") - 1);
        }

        @Test
        void comments_are_refused_with_a_reason() {
            InvalidFileException e = refused("{ // the local act\n}");

            assertThat(e.code()).isEqualTo("EJ2002");
            assertThat(e.column()).isEqualTo(3);
            assertThat(e.getMessage()).endsWith("comments are not allowed in JSON");
            assertThat(refused("{\"days\": /* x */ {}}").getMessage()).endsWith("comments are not allowed in JSON");
        }

        @Test
        void single_quotes_are_refused_with_a_reason() {
            assertThat(refused("{'days': {}}").getMessage()).contains("double quotes");
            assertThat(refused("{\"policyVersion\": 'x'}").getMessage()).contains("double quotes");
        }

        @Test
        void a_string_left_open_is_reported_where_it_starts() {
            String text = "{\"policyVersion\": \"приказ № 45";
            InvalidFileException e = refused(text);

            assertThat(e.column()).isEqualTo(columnOf(text, "\"приказ"));
            assertThat(e.getMessage()).contains("the text ends inside a string that starts here");
        }

        @Test
        void a_line_break_inside_a_string_is_refused() {
            InvalidFileException e = refused("{\"policyVersion\": \"приказ\n№ 45\"}");

            assertThat(e.line()).isEqualTo(1);
            assertThat(e.getMessage()).contains("the closing '\"' is missing");
        }

        @Test
        void control_characters_and_unknown_escapes_in_strings_are_refused() {
            assertThat(refused("{\"policyVersion\": \"a\tb\"}").getMessage()).contains("U+0009").contains("escaped");
            assertThat(refused("{\"policyVersion\": \"a\\xb\"}").getMessage()).contains("unknown escape \\x");
            assertThat(refused("{\"policyVersion\": \"a\\u12g4\"}").getMessage())
                    .contains("four hexadecimal digits");
        }

        @Test
        void numbers_follow_the_json_grammar() {
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": 03}}}").getMessage())
                    .contains("must not start with 0");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": +3}}}").getMessage())
                    .contains("expected a value, found '+'");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": 3.}}}").getMessage())
                    .contains("after the decimal point");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": .5}}}").getMessage())
                    .contains("expected a value, found '.'");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": 1e}}}").getMessage())
                    .contains("in the exponent");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": 3days}}}").getMessage())
                    .contains("unexpected 'd' in a number");
        }

        @Test
        void words_other_than_true_false_and_null_are_refused() {
            assertThat(refused("{\"marks\": {\"firstGrade\": True}}").getMessage()).contains("unknown word 'True'");
            assertThat(refused("{\"accumulation\": {\"notAttestedAbsenceShare\": NaN}}").getMessage())
                    .contains("unknown word 'NaN'");
            assertThat(refused("{days: {}}").getMessage()).contains("expected a key in double quotes, found 'd'");
        }

        @Test
        void an_empty_text_and_text_after_the_object_are_refused() {
            assertThat(refused("").getMessage()).isEqualTo("EJ2002 line 1, column 1: the text is empty: expected a JSON value");
            assertThat(refused("  \n ").line()).isEqualTo(2);
            InvalidFileException e = refused("{} {}");
            assertThat(e.column()).isEqualTo(4);
            assertThat(e.getMessage()).contains("expected the end of the text");
            assertThat(refused("{\"days\": {}").getMessage()).contains("the text ends inside an object");
            assertThat(refused("{\"averaging\": {\"thresholds\": [1, 2").getMessage())
                    .contains("the text ends inside an array");
        }

        @Test
        void nesting_deeper_than_any_profile_needs_is_refused_without_overflowing_the_stack() {
            InvalidFileException e = refused("{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");

            assertThat(e.code()).isEqualTo("EJ2002");
            assertThat(e.getMessage()).contains("nested more than 64 levels deep");
        }

        @Test
        void a_non_breaking_space_is_named_by_its_code_point() {
            assertThat(refused("{\u00A0}").getMessage()).contains("U+00A0");
        }
    }

    @Nested
    class AnUnknownKeyIsEJ2003 {

        @Test
        void a_typo_is_reported_with_its_full_path_and_the_keys_allowed_there() {
            String text = "{\"deadlines\": {\"marks\": {\"dayz\": 3}}}";
            InvalidFileException e = refused(text);

            assertThat(e.code()).isEqualTo("EJ2003");
            assertThat(e.field()).isEqualTo("deadlines.marks.dayz");
            assertThat(e.column()).isEqualTo(columnOf(text, "\"dayz\""));
            assertThat(e.getMessage()).isEqualTo("EJ2003 line 1, column " + e.column()
                    + ": unknown key deadlines.marks.dayz (allowed in deadlines.marks: days, daysByTaskType)");
        }

        @Test
        void a_dotted_key_is_not_a_nested_one() {
            InvalidFileException e = refused("{\"deadlines.marks.days\": 3}");

            assertThat(e.code()).isEqualTo("EJ2003");
            assertThat(e.getMessage()).contains("allowed at the top: policyVersion, days, timetable, deadlines");
        }

        @Test
        void an_unknown_key_in_a_row_of_the_accumulation_table_names_the_row() {
            InvalidFileException e = refused("{\"accumulation\": {\"minimumMarks\": [{\"perQuarter\": 1, "
                    + "\"perTrimester\": 1, \"perHalfYear\": 1}, {\"perQuarter\": 1, \"perTrimester\": 1, "
                    + "\"perHalfYear\": 1, \"perYear\": 1}]}}");

            assertThat(e.code()).isEqualTo("EJ2003");
            assertThat(e.field()).isEqualTo("accumulation.minimumMarks[1].perYear");
        }

        @Test
        void every_level_of_the_format_checks_its_keys() {
            assertThat(refused("{\"policyversion\": \"x\"}").field()).isEqualTo("policyversion");
            assertThat(refused("{\"days\": {\"count\": \"SCHOOL_DAYS\"}}").field()).isEqualTo("days.count");
            assertThat(refused("{\"timetable\": {\"bells\": {}}}").field()).isEqualTo("timetable.bells");
            assertThat(refused("{\"deadlines\": {\"homework\": {\"hours\": 2}}}").field())
                    .isEqualTo("deadlines.homework.hours");
            assertThat(refused("{\"deadlines\": {\"periodMarks\": {\"days\": 2}}}").field())
                    .isEqualTo("deadlines.periodMarks.days");
            assertThat(refused("{\"deadlines\": {\"publication\": {\"days\": 1}}}").field())
                    .isEqualTo("deadlines.publication.days");
            assertThat(refused("{\"deadlines\": {\"paperReports\": {\"weeks\": 1}}}").field())
                    .isEqualTo("deadlines.paperReports.weeks");
            assertThat(refused("{\"deadlines\": {\"exams\": {}}}").field()).isEqualTo("deadlines.exams");
            assertThat(refused("{\"outages\": {\"grace\": 1}}").field()).isEqualTo("outages.grace");
            assertThat(refused("{\"accumulation\": {\"minimum\": []}}").field()).isEqualTo("accumulation.minimum");
            assertThat(refused("{\"averaging\": {\"mode\": \"PLAIN\"}}").field()).isEqualTo("averaging.mode");
            assertThat(refused("{\"marks\": {\"firstGrades\": true}}").field()).isEqualTo("marks.firstGrades");
            assertThat(refused("{\"retention\": {\"journal\": {}}}").field()).isEqualTo("retention.journal");
            assertThat(refused("{\"retention\": {\"journals\": {\"year\": 5}}}").field())
                    .isEqualTo("retention.journals.year");
            assertThat(refused("{\"retention\": {\"summarySheets\": {\"months\": 5}}}").field())
                    .isEqualTo("retention.summarySheets.months");
        }
    }

    @Nested
    class AWrongTypeIsEJ2004 {

        @Test
        void a_string_where_a_whole_number_is_expected_names_the_key_and_the_type() {
            String text = "{\"deadlines\": {\"marks\": {\"days\": \"3\"}}}";
            InvalidFileException e = refused(text);

            assertThat(e.code()).isEqualTo("EJ2004");
            assertThat(e.field()).isEqualTo("deadlines.marks.days");
            assertThat(e.column()).isEqualTo(columnOf(text, "\"3\""));
            assertThat(e.getMessage()).isEqualTo("EJ2004 line 1, column " + e.column()
                    + ": deadlines.marks.days must be a whole number, found \"3\"");
        }

        @Test
        void a_fraction_is_not_a_whole_number() {
            InvalidFileException e = refused("{\"outages\": {\"graceHours\": 2.5}}");

            assertThat(e.field()).isEqualTo("outages.graceHours");
            assertThat(e.getMessage()).endsWith("outages.graceHours must be a whole number, found 2.5");
        }

        @Test
        void null_is_not_a_value_where_a_number_is_expected() {
            assertThat(refused("{\"deadlines\": {\"publication\": {\"hours\": null}}}").getMessage())
                    .endsWith("deadlines.publication.hours must be a whole number, found null");
        }

        @Test
        void constants_are_spelled_exactly() {
            assertThat(refused("{\"days\": {\"counting\": \"WEEKDAYS\"}}").getMessage())
                    .endsWith("days.counting must be one of CALENDAR_DAYS, SCHOOL_DAYS, found \"WEEKDAYS\"");
            assertThat(refused("{\"days\": {\"counting\": \"calendar_days\"}}").code()).isEqualTo("EJ2004");
            assertThat(refused("{\"averaging\": {\"method\": \"MEDIAN\"}}").getMessage())
                    .contains("averaging.method must be one of PLAIN, WEIGHTED");
            assertThat(refused("{\"averaging\": {\"rounding\": 1}}").getMessage())
                    .contains("averaging.rounding must be one of THRESHOLDS, HALF_UP, found 1");
            assertThat(refused("{\"severities\": {\"MarksAreEnteredWithinTheDeadline\": \"ERROR\"}}").getMessage())
                    .contains("severities.MarksAreEnteredWithinTheDeadline must be one of BLOCKING, WARNING, INFO, OFF");
        }

        @Test
        void times_and_dates_have_their_iso_forms() {
            assertThat(refused("{\"timetable\": {\"lessonEnds\": {\"1\": \"9:00\"}}}").getMessage())
                    .endsWith("timetable.lessonEnds.1 must be a time of day such as \"08:25\", found \"9:00\"");
            assertThat(refused("{\"timetable\": {\"lessonEnds\": {\"1\": 900}}}").field())
                    .isEqualTo("timetable.lessonEnds.1");
            assertThat(refused("{\"deadlines\": {\"periodMarks\": {\"byOrder\": {\"q1\": \"30.10.2026\"}}}}")
                    .getMessage()).endsWith("deadlines.periodMarks.byOrder.q1 must be a date such as \"2026-10-30\", "
                            + "found \"30.10.2026\"");
            assertThat(refused("{\"deadlines\": {\"periodMarks\": {\"byOrder\": {\"q1\": \"2026-02-30\"}}}}").code())
                    .isEqualTo("EJ2004");
        }

        @Test
        void the_start_of_retention_is_YEAR_END_or_a_month_and_day() {
            for (String bad : new String[] {"\"year_end\"", "\"1-1\"", "\"13-01\"", "\"02-30\"", "\"--01-01\"",
                "\"2027-01-01\"", "101", "null"}) {
                InvalidFileException e = refused("{\"retention\": {\"countFrom\": " + bad + "}}");
                assertThat(e.code()).as(bad).isEqualTo("EJ2004");
                assertThat(e.field()).isEqualTo("retention.countFrom");
                assertThat(e.getMessage()).contains("\"YEAR_END\" or a month and day such as \"01-01\"");
            }
        }

        @Test
        void objects_arrays_strings_and_truth_values_are_told_apart() {
            assertThat(refused("[]").getMessage()).contains("the profile must be an object with the keys "
                    + "policyVersion, days, timetable").endsWith("found an array");
            assertThat(refused("{\"deadlines\": 3}").getMessage())
                    .contains("deadlines must be an object with the keys homework, marks, periodMarks");
            assertThat(refused("{\"severities\": []}").getMessage()).endsWith("severities must be an object, found an array");
            assertThat(refused("{\"policyVersion\": 45}").getMessage()).endsWith("policyVersion must be a string, found 45");
            assertThat(refused("{\"marks\": {\"firstGrade\": \"yes\"}}").getMessage())
                    .endsWith("marks.firstGrade must be true or false, found \"yes\"");
            assertThat(refused("{\"accumulation\": {\"minimumMarks\": {}}}").getMessage())
                    .contains("accumulation.minimumMarks must be an array of rows");
            assertThat(refused("{\"accumulation\": {\"minimumMarks\": [3]}}").field())
                    .isEqualTo("accumulation.minimumMarks[0]");
            assertThat(refused("{\"accumulation\": {\"notAttestedAbsenceShare\": \"50%\"}}").getMessage())
                    .endsWith("accumulation.notAttestedAbsenceShare must be a number, found \"50%\"");
            assertThat(refused("{\"averaging\": {\"thresholds\": \"4.65, 3.65, 2.65\"}}").getMessage())
                    .contains("averaging.thresholds must be an array of three numbers");
            assertThat(refused("{\"averaging\": {\"thresholds\": [4.65, \"3.65\", 2.65]}}").field())
                    .isEqualTo("averaging.thresholds[1]");
            assertThat(refused("{\"averaging\": {\"weights\": {\"essay\": true}}}").getMessage())
                    .endsWith("averaging.weights.essay must be a whole number, found true");
        }
    }

    @Nested
    class ARepeatedKeyIsEJ2005 {

        @Test
        void the_second_occurrence_is_reported() {
            String text = "{\"deadlines\": {\"marks\": {\"days\": 3, \"days\": 4}}}";
            InvalidFileException e = refused(text);

            assertThat(e.code()).isEqualTo("EJ2005");
            assertThat(e.field()).isEqualTo("deadlines.marks.days");
            assertThat(e.column()).isEqualTo(text.lastIndexOf("\"days\"") + 1);
            assertThat(e.getMessage()).endsWith("the key deadlines.marks.days is given twice");
        }
    }

    @Nested
    class AnInvalidKeyOfAMapIsEJ2006 {

        @Test
        void task_types_are_codes() {
            InvalidFileException e = refused("{\"deadlines\": {\"marks\": {\"daysByTaskType\": {\"Test Paper\": 7}}}}");

            assertThat(e.code()).isEqualTo("EJ2006");
            assertThat(e.field()).isEqualTo("deadlines.marks.daysByTaskType.Test Paper");
            assertThat(e.getMessage()).endsWith("the key \"Test Paper\" in deadlines.marks.daysByTaskType must be "
                    + "a task type code such as test-paper");
            assertThat(refused("{\"averaging\": {\"weights\": {\"ESSAY\": 3}}}").field())
                    .isEqualTo("averaging.weights.ESSAY");
        }

        @Test
        void lesson_numbers_are_written_without_leading_zeros() {
            assertThat(refused("{\"timetable\": {\"lessonEnds\": {\"01\": \"09:00\"}}}").code()).isEqualTo("EJ2006");
            assertThat(refused("{\"timetable\": {\"lessonEnds\": {\"first\": \"09:00\"}}}").getMessage())
                    .contains("must be a lesson number");
            assertThat(refused("{\"timetable\": {\"lessonEnds\": {\"99999999999\": \"09:00\"}}}").code())
                    .isEqualTo("EJ2006");
        }

        @Test
        void study_periods_are_valid_ids_and_rules_are_class_names() {
            assertThat(refused("{\"deadlines\": {\"periodMarks\": {\"byOrder\": {\"q 1\": \"2026-10-30\"}}}}")
                    .getMessage()).contains("must be a study period's id");
            assertThat(refused("{\"severities\": {\"marks-are-late\": \"OFF\"}}").getMessage())
                    .contains("the key \"marks-are-late\" in severities must be a rule's name");
        }
    }

    @Nested
    class AMissingKeyIsEJ2007 {

        @Test
        void every_count_of_a_row_of_the_accumulation_table_is_required() {
            InvalidFileException e = refused("{\"accumulation\": {\"minimumMarks\": "
                    + "[{\"upToHoursPerWeek\": 2, \"perQuarter\": 3, \"perTrimester\": 3}]}}");

            assertThat(e.code()).isEqualTo("EJ2007");
            assertThat(e.field()).isEqualTo("accumulation.minimumMarks[0].perHalfYear");
            assertThat(e.getMessage()).endsWith("accumulation.minimumMarks[0] needs the key perHalfYear");
        }
    }

    @Nested
    class AValueOutOfRangeIsTheProfilesOwnEJ2001 {

        @Test
        void the_profiles_check_names_the_key_and_the_file_adds_where_it_stands() {
            String text = "{\"deadlines\": {\"marks\": {\"days\": 90}}}";
            InvalidFileException e = refused(text);

            assertThat(e.code()).isEqualTo(ProfileException.CODE);
            assertThat(e.field()).isEqualTo("deadlines.marks.days");
            assertThat(e.column()).isEqualTo(columnOf(text, "90"));
            assertThat(e.getMessage()).isEqualTo("EJ2001 line 1, column " + e.column()
                    + ": deadlines.marks.days: must be 0 to 60, got 90");
        }

        @Test
        void every_checked_value_is_refused_naming_its_key() {
            assertThat(refused("{\"policyVersion\": \" \"}").field()).isEqualTo("policyVersion");
            assertThat(refused("{\"timetable\": {\"lessonEnds\": {\"13\": \"20:30\"}}}").field())
                    .isEqualTo("timetable.lessonEnds.13");
            assertThat(refused("{\"timetable\": {\"lessonEnds\": {}}}").field()).isEqualTo("timetable.lessonEnds");
            assertThat(refused("{\"deadlines\": {\"homework\": {\"hoursAfterLessons\": 49}}}").field())
                    .isEqualTo("deadlines.homework.hoursAfterLessons");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"daysByTaskType\": {\"essay\": -1}}}}").field())
                    .isEqualTo("deadlines.marks.daysByTaskType.essay");
            assertThat(refused("{\"deadlines\": {\"periodMarks\": {\"daysAfterPeriod\": 61}}}").field())
                    .isEqualTo("deadlines.periodMarks.daysAfterPeriod");
            assertThat(refused("{\"deadlines\": {\"publication\": {\"hours\": 0}}}").field())
                    .isEqualTo("deadlines.publication.hours");
            assertThat(refused("{\"deadlines\": {\"paperReports\": {\"days\": 32}}}").field())
                    .isEqualTo("deadlines.paperReports.days");
            assertThat(refused("{\"outages\": {\"graceHours\": -1}}").field()).isEqualTo("outages.graceHours");
            assertThat(refused("{\"accumulation\": {\"notAttestedAbsenceShare\": 1.5}}").field())
                    .isEqualTo("accumulation.notAttestedAbsenceShare");
            assertThat(refused("{\"averaging\": {\"weights\": {\"essay\": 11}}}").field())
                    .isEqualTo("averaging.weights.essay");
            assertThat(refused("{\"averaging\": {\"thresholds\": [3.65, 4.65, 2.65]}}").field())
                    .isEqualTo("averaging.thresholds");
            assertThat(refused("{\"averaging\": {\"thresholds\": [4.65, 3.65]}}").getMessage())
                    .contains("give three thresholds");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": 99999999999}}}").getMessage())
                    .endsWith("deadlines.marks.days: 99999999999 is out of range");
            assertThat(refused("{\"deadlines\": {\"marks\": {\"days\": 1e999999999}}}").code()).isEqualTo("EJ2001");
            assertThat(refused("{\"retention\": {\"journals\": {\"years\": 4}}}").field())
                    .isEqualTo("retention.journals.years");
            assertThat(refused("{\"retention\": {\"summarySheets\": {\"years\": 101}}}").field())
                    .isEqualTo("retention.summarySheets.years");
            assertThat(refused("{\"retention\": {\"journals\": {\"years\": 30}, \"summarySheets\": {\"years\": 26}}}")
                    .getMessage()).contains("retention.summarySheets.years: must not be less than retention.journals.years");
            assertThat(refused("{\"retention\": {\"countFrom\": \"02-29\"}}").field()).isEqualTo("retention.countFrom");
        }

        @Test
        void a_bad_row_of_the_accumulation_table_is_placed_at_the_row() {
            String text = "{\"accumulation\": {\"minimumMarks\": [{\"upToHoursPerWeek\": 2, \"perQuarter\": 3, "
                    + "\"perTrimester\": 3, \"perHalfYear\": 5}, {\"upToHoursPerWeek\": 1, \"perQuarter\": 3, "
                    + "\"perTrimester\": 3, \"perHalfYear\": 5}]}}";
            InvalidFileException disordered = refused(text);
            assertThat(disordered.field()).isEqualTo("accumulation.minimumMarks");
            assertThat(disordered.getMessage()).contains("ascending order");

            String negative = "{\"accumulation\": {\"minimumMarks\": [{\"perQuarter\": -3, \"perTrimester\": 3, "
                    + "\"perHalfYear\": 5}]}}";
            InvalidFileException e = refused(negative);
            assertThat(e.field()).isEqualTo("accumulation.minimumMarks");
            assertThat(e.column()).isEqualTo(columnOf(negative, "[{") + 1);
            assertThat(e.getMessage()).contains("must not be negative");
            assertThat(refused("{\"accumulation\": {\"minimumMarks\": [{\"upToHoursPerWeek\": 0, \"perQuarter\": 3, "
                    + "\"perTrimester\": 3, \"perHalfYear\": 5}]}}").getMessage()).contains("must be positive");
            assertThat(refused("{\"accumulation\": {\"minimumMarks\": [{\"perQuarter\": 3, \"perTrimester\": 3, "
                    + "\"perHalfYear\": 5}, {\"perQuarter\": 3, \"perTrimester\": 3, \"perHalfYear\": 5}]}}")
                    .getMessage()).contains("only the last row may have no bound");
        }
    }

    @Nested
    class AnUnreadableFileIsEJ2008 {

        @Test
        void a_missing_file_is_named(@TempDir Path dir) {
            InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                    () -> ProfileFile.read(dir.resolve("local-act.json")));

            assertThat(e.code()).isEqualTo("EJ2008");
            assertThat(e.line()).isZero();
            assertThat(e.getMessage()).startsWith("EJ2008 local-act.json: no such file: ");
        }

        @Test
        void a_file_that_is_not_utf_8_is_refused(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("cp1251.json");
            Files.write(file, new byte[] {'{', '"', 'p', 'o', 'l', 'i', 'c', 'y', 'V', 'e', 'r', 's', 'i', 'o', 'n',
                '"', ':', '"', (byte) 0xEF, (byte) 0xF0, (byte) 0xE8, '"', '}'});

            InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ProfileFile.read(file));

            assertThat(e.getMessage()).isEqualTo("EJ2008 cp1251.json: is not UTF-8 text: save it in UTF-8");
        }

        @Test
        void a_file_larger_than_a_profile_can_be_is_refused(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("huge.json");
            Files.writeString(file, "{" + " ".repeat(1_100_000) + "}");

            assertThat(catchThrowableOfType(InvalidFileException.class, () -> ProfileFile.read(file)).getMessage())
                    .isEqualTo("EJ2008 huge.json: is larger than 1 MiB: not a profile file");
        }

        @Test
        void a_directory_and_a_failing_reader_are_refused(@TempDir Path dir) {
            assertThat(catchThrowableOfType(InvalidFileException.class, () -> ProfileFile.read(dir)).code())
                    .isEqualTo("EJ2008");
            Reader failing = new Reader() {
                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    throw new IOException("connection reset");
                }

                @Override
                public void close() {
                }
            };
            assertThat(catchThrowableOfType(InvalidFileException.class, () -> ProfileFile.read(failing)).getMessage())
                    .isEqualTo("EJ2008 cannot be read: connection reset");
        }

        @Test
        void a_problem_in_a_file_names_the_file() throws IOException {
            Path file = Files.createTempFile("local-act", ".json");
            try {
                Files.writeString(file, "{\"deadlines\": {\"marks\": {\"dayz\": 3}}}");
                InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ProfileFile.read(file));

                assertThat(e.getMessage()).startsWith("EJ2003 " + file.getFileName() + ", line 1, column 26: ");
            } finally {
                Files.delete(file);
            }
        }
    }
}
