package org.ejournal.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a scenario file is a {@link ScenarioFileException} with a stable code whose message
 * names the file, the step and the key, and says what was expected — no stack trace for a user's
 * mistake.
 */
class RefusingABadScenarioFileTest {

    private static final String FILE = "scenarios/mine/bad.json";
    private static final String LESSON = "{\"RecordLesson\": {\"id\": \"l-1\", \"schoolClass\": \"5a\", \"subject\": "
            + "\"math\", \"date\": \"2026-10-05\", \"number\": 2, \"kind\": \"LESSON\", \"workKind\": \"ORDINARY\", "
            + "\"teacher\": \"t-math\"}}";

    /** A scenario of the bundled school whose second step is the one given. */
    private static String withStep(String step) {
        return "{\"title\": \"t\", \"rule\": \"Integrity\", \"school\": \"kamchatka-school-1\", \"steps\": [\n"
                + "  {\"at\": \"2026-10-05T10:00\", \"actor\": \"staff:t-math\", \"command\": " + LESSON + "},\n"
                + "  " + step + "\n]}";
    }

    private static ScenarioFileException refused(String text) {
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class,
                () -> Scenarios.parse(FILE, text));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getStackTrace()).as("a user's mistake has no stack trace").isEmpty();
        assertThat(e.source()).isEqualTo(FILE);
        assertThat(e.getMessage()).startsWith(e.code() + " " + FILE);
        return e;
    }

    @Test
    void EJ3000_a_file_that_is_not_strict_json_is_refused_with_the_line_and_column() {
        ScenarioFileException e = refused("{\"title\": \"t\",\n \"rule\": }");
        assertThat(e.code()).isEqualTo(ScenarioFileException.UNREADABLE);
        assertThat(e.where()).isEqualTo("line 2, column 10");
        assertThat(refused("{\"title\": \"t\", \"title\": \"u\"}").problem()).contains("Duplicate field 'title'");
        assertThat(refused("").problem()).isEqualTo("the file is empty");
        assertThat(refused("{} {}").code()).isEqualTo(ScenarioFileException.UNREADABLE);
    }

    @Test
    void EJ3001_an_unknown_key_is_refused_with_the_keys_there_are() {
        ScenarioFileException top = refused("{\"titel\": \"t\"}");
        assertThat(top.code()).isEqualTo(ScenarioFileException.UNKNOWN_KEY);
        assertThat(top.problem()).isEqualTo("there is no key \"titel\" here; the keys are [$schema, description, "
                + "profile, rule, school, steps, title]");

        ScenarioFileException field = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"RecordMark\": "
                + "{\"task\": \"t-1\", \"student\": \"s-ivanova\", \"mark\": \"5\"}}}"));
        assertThat(field.code()).isEqualTo(ScenarioFileException.UNKNOWN_KEY);
        assertThat(field.getMessage()).isEqualTo("EJ3001 scenarios/mine/bad.json, step 2, command.RecordMark: "
                + "RecordMark has no key \"mark\"; its keys are [task, student, value]");

        ScenarioFileException two = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": " + LESSON
                + ", \"read\": {}}"));
        assertThat(two.where()).isEqualTo("step 2");
        assertThat(two.problem()).contains("exactly one of \"command\", \"read\" and \"outstanding\"");
    }

    @Test
    void EJ3002_a_missing_key_is_refused_naming_it_and_its_type() {
        ScenarioFileException e = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"RecordMark\": "
                + "{\"task\": \"t-1\", \"value\": {\"scale\": \"five-point\", \"symbol\": \"5\"}}}}"));
        assertThat(e.code()).isEqualTo(ScenarioFileException.MISSING_KEY);
        assertThat(e.getMessage()).isEqualTo("EJ3002 scenarios/mine/bad.json, step 2, command.RecordMark: "
                + "the key \"student\" (StudentId) is missing");

        assertThat(refused("{\"rule\": \"Integrity\"}").problem()).isEqualTo("the key \"title\" is missing");
        ScenarioFileException at = refused("{\"title\": \"t\", \"rule\": \"Integrity\", \"school\": {\"id\": \"s\", "
                + "\"name\": \"n\", \"zone\": \"UTC\", \"setup\": []}, \"steps\": [{\"actor\": \"system:x\", "
                + "\"command\": {\"DefineSubject\": {\"id\": \"m\", \"name\": \"М\", \"scale\": \"five-point\"}}}]}");
        assertThat(at.where()).isEqualTo("step 1");
        assertThat(at.problem()).startsWith("the key \"at\" is missing");
        assertThat(refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"CreateGroup\": {\"id\": \"g\", "
                + "\"schoolClass\": \"5a\", \"name\": \"1 группа\"}}}")).problem())
                .as("a set that may not be empty").isEqualTo("the key \"members\" (Set<StudentId>) is missing");
    }

    @Test
    void EJ3003_a_value_of_the_wrong_json_type_is_refused_saying_what_was_expected() {
        ScenarioFileException weight = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"AssignTask\": "
                + "{\"id\": \"t-1\", \"lesson\": \"l-1\", \"type\": \"CLASS_WORK\", \"weight\": \"1\"}}}"));
        assertThat(weight.code()).isEqualTo(ScenarioFileException.WRONG_TYPE);
        assertThat(weight.getMessage()).isEqualTo("EJ3003 scenarios/mine/bad.json, step 2, command.AssignTask.weight: "
                + "expected a whole number, found the text \"1\"");

        ScenarioFileException actor = refused(withStep("{\"actor\": 5, \"command\": " + LESSON + "}"));
        assertThat(actor.where()).isEqualTo("step 2, actor");
        assertThat(actor.problem()).isEqualTo("expected a text that is not blank, found the number 5");

        ScenarioFileException nul = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"RecordMark\": "
                + "{\"task\": \"t-1\", \"student\": null, \"value\": {\"scale\": \"five-point\", \"symbol\": \"5\"}}}}"));
        assertThat(nul.where()).isEqualTo("step 2, command.RecordMark.student");
        assertThat(nul.problem()).startsWith("null where StudentId is due");

        ScenarioFileException variant = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": "
                + "{\"RecordMark\": {}, \"RecordLesson\": {}}}"));
        assertThat(variant.where()).isEqualTo("step 2, command");
        assertThat(variant.problem()).contains("an object with one key, the type's name").endsWith("found 2 keys");
    }

    @Test
    void EJ3004_a_malformed_value_is_refused_saying_why() {
        ScenarioFileException date = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"RecordLesson\": "
                + "{\"id\": \"l-2\", \"schoolClass\": \"5a\", \"subject\": \"math\", \"date\": \"2026-13-01\", "
                + "\"number\": 3, \"kind\": \"LESSON\", \"workKind\": \"ORDINARY\", \"teacher\": \"t-math\"}}}"));
        assertThat(date.code()).isEqualTo(ScenarioFileException.MALFORMED_VALUE);
        assertThat(date.where()).isEqualTo("step 2, command.RecordLesson.date");
        assertThat(date.problem()).isEqualTo("\"2026-13-01\" is not a date \"YYYY-MM-DD\"");

        ScenarioFileException id = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"AssignTask\": "
                + "{\"id\": \"t 1\", \"lesson\": \"l-1\", \"type\": \"CLASS_WORK\", \"weight\": 1}}}"));
        assertThat(id.where()).isEqualTo("step 2, command.AssignTask.id");
        assertThat(id.problem()).startsWith("no valid TaskId: EJ1000 TaskId must not contain white space");

        ScenarioFileException constant = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"AssignTask\": "
                + "{\"id\": \"t-1\", \"lesson\": \"l-1\", \"type\": \"CLASSWORK\", \"weight\": 1}}}"));
        assertThat(constant.problem()).startsWith("\"CLASSWORK\" is no constant of TaskType; the constants are [")
                .contains("CLASS_WORK");

        ScenarioFileException range = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"AssignTask\": "
                + "{\"id\": \"t-1\", \"lesson\": \"l-1\", \"type\": \"CLASS_WORK\", \"weight\": 3000000000}}}"));
        assertThat(range.problem()).isEqualTo("3000000000 is out of range");

        ScenarioFileException twice = refused(withStep("{\"actor\": \"staff:admin\", \"command\": {\"CreateGroup\": "
                + "{\"id\": \"g\", \"schoolClass\": \"5a\", \"name\": \"1\", \"members\": [\"s-ivanova\", \"s-ivanova\"]}}}"));
        assertThat(twice.where()).isEqualTo("step 2, command.CreateGroup.members[1]");
        assertThat(twice.problem()).isEqualTo("a set lists \"s-ivanova\" twice");

        ScenarioFileException time = refused(withStep("{\"at\": \"2026-10-05 11:00\", \"actor\": \"staff:t-math\", "
                + "\"command\": " + LESSON + "}"));
        assertThat(time.where()).isEqualTo("step 2, at");
        assertThat(time.problem()).startsWith("\"2026-10-05 11:00\" is not a date-time \"YYYY-MM-DDTHH:MM\"");

        ScenarioFileException code = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": " + LESSON
                + ", \"expect\": {\"outcome\": \"rejected\", \"violations\": [{\"code\": \"E1111\", \"clause\": \"POL-4.4b\"}]}}"));
        assertThat(code.where()).isEqualTo("step 2, expect, violations[0], code");
        ScenarioFileException clause = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": " + LESSON
                + ", \"expect\": {\"outcome\": \"rejected\", \"violations\": [{\"code\": \"EJ1111\", \"clause\": \"4.4b\"}]}}"));
        assertThat(clause.problem()).contains("is not a clause id");
        assertThat(refused(withStep("{\"actor\": \"staff:t-math\", \"command\": " + LESSON + ", \"expect\": "
                + "{\"outcome\": \"fine\"}}")).code()).isEqualTo(ScenarioFileException.MALFORMED_VALUE);
    }

    @Test
    void EJ3005_an_unknown_command_or_query_is_refused_with_the_known_ones() {
        ScenarioFileException e = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": {\"RecordGrade\": {}}}"));
        assertThat(e.code()).isEqualTo(ScenarioFileException.UNKNOWN_TYPE);
        assertThat(e.where()).isEqualTo("step 2, command");
        assertThat(e.problem()).startsWith("\"RecordGrade\" is no Command; the known ones are [AssignClassTeacher, ")
                .contains("RecordMark");
        ScenarioFileException q = refused(withStep("{\"actor\": \"staff:t-math\", \"read\": {\"Page\": {}}}"));
        assertThat(q.problem()).startsWith("\"Page\" is no Query; the known ones are [DiaryQuery, EditsQuery, "
                + "HistoryQuery, PageQuery]");
    }

    @Test
    void EJ3006_an_actor_not_written_kind_colon_id_is_refused() {
        ScenarioFileException e = refused(withStep("{\"actor\": \"teacher:t-math\", \"command\": " + LESSON + "}"));
        assertThat(e.code()).isEqualTo(ScenarioFileException.BAD_ACTOR);
        assertThat(e.getMessage()).isEqualTo("EJ3006 scenarios/mine/bad.json, step 2, actor: \"teacher:t-math\" is "
                + "not an actor: write staff:ID, student:ID, guardian:ID or system:NAME");
        assertThat(refused(withStep("{\"actor\": \"staff:\", \"command\": " + LESSON + "}")).problem())
                .startsWith("\"staff:\": EJ1000 StaffId must have 1 to 64 characters");
    }

    @Test
    void EJ3007_profile_overrides_the_profile_format_refuses_are_refused_quoting_its_code() {
        ScenarioFileException e = refused("{\"title\": \"t\", \"rule\": \"Integrity\", \"school\": \"kamchatka-school-1\", "
                + "\"profile\": {\"deadlines\": {\"marks\": {\"days\": 100}}}, \"steps\": []}");
        assertThat(e.code()).isEqualTo(ScenarioFileException.BAD_PROFILE);
        assertThat(e.where()).isEqualTo("profile");
        assertThat(e.problem()).startsWith("the profile file format refuses the overrides: EJ200").contains("days");
    }

    @Test
    void EJ3008_a_step_before_the_one_that_precedes_it_is_refused() {
        ScenarioFileException e = refused(withStep("{\"at\": \"2026-10-05T09:59\", \"actor\": \"staff:t-math\", "
                + "\"command\": " + LESSON + "}"));
        assertThat(e.code()).isEqualTo(ScenarioFileException.OUT_OF_ORDER);
        assertThat(e.getMessage()).isEqualTo("EJ3008 scenarios/mine/bad.json, step 2, at: the step is at "
                + "2026-10-05T09:59, before the step that precedes it (2026-10-05T10:00): steps go in time order");
        ScenarioFileException beforeSetUp = refused("{\"title\": \"t\", \"rule\": \"Integrity\", \"school\": "
                + "\"kamchatka-school-1\", \"steps\": [{\"at\": \"2026-08-30T10:00\", \"actor\": \"staff:admin\", "
                + "\"command\": {\"DefineSubject\": {\"id\": \"m\", \"name\": \"М\", \"scale\": \"five-point\"}}}]}");
        assertThat(beforeSetUp.where()).isEqualTo("step 1, at");
    }

    @Test
    void EJ3009_an_unknown_starting_school_is_refused() {
        ScenarioFileException e = refused("{\"title\": \"t\", \"rule\": \"Integrity\", \"school\": \"nowhere\", "
                + "\"steps\": []}");
        assertThat(e.code()).isEqualTo(ScenarioFileException.UNKNOWN_SCHOOL);
        assertThat(e.problem()).isEqualTo("there is no starting school \"nowhere\" (a file schools/nowhere.json)");
        ScenarioFileException none = catchThrowableOfType(ScenarioFileException.class,
                () -> Scenarios.bundledSchool("nowhere"));
        assertThat(none.code()).isEqualTo(ScenarioFileException.UNKNOWN_SCHOOL);
    }

    @Test
    void EJ3010_an_expectation_that_cannot_hold_is_refused() {
        ScenarioFileException kind = refused(withStep("{\"actor\": \"staff:t-math\", \"command\": " + LESSON
                + ", \"expect\": {\"outcome\": \"granted\"}}"));
        assertThat(kind.code()).isEqualTo(ScenarioFileException.IMPOSSIBLE_EXPECTATION);
        assertThat(kind.problem()).isEqualTo("\"granted\": the outcome of this step is accepted, warned or rejected");
        assertThat(refused(withStep("{\"actor\": \"staff:t-math\", \"command\": " + LESSON
                + ", \"expect\": {\"outcome\": \"warned\"}}")).problem()).startsWith("the outcome \"warned\" needs at "
                        + "least one violation");
        assertThat(refused(withStep("{\"outstanding\": {}, \"expect\": {\"outcome\": \"clean\", \"violations\": "
                + "[{\"code\": \"EJ2202\", \"clause\": \"REG-4\"}]}}")).problem())
                .isEqualTo("the outcome \"clean\" comes with no violation");
        assertThat(refused(withStep("{\"actor\": \"staff:admin\", \"outstanding\": {}}")).code())
                .as("what is outstanding is asked by no actor").isEqualTo(ScenarioFileException.UNKNOWN_KEY);
    }

    @Test
    void EJ3011_a_rule_name_not_in_the_catalogue_is_refused() {
        ScenarioFileException rule = refused("{\"title\": \"t\", \"rule\": \"MarksAreOnTime\", \"school\": "
                + "\"kamchatka-school-1\", \"steps\": []}");
        assertThat(rule.code()).isEqualTo(ScenarioFileException.UNKNOWN_RULE);
        assertThat(rule.where()).isEqualTo("rule");
        ScenarioFileException asked = refused(withStep("{\"outstanding\": {\"rules\": [\"RegulationAccessPolicy\"]}}"));
        assertThat(asked.where()).isEqualTo("step 2, outstanding, rules[0]");
        assertThat(asked.problem()).isEqualTo("\"RegulationAccessPolicy\" is no rule of the catalogue");
    }

    @Test
    void a_bad_file_in_a_directory_is_named_by_its_path_and_a_directory_without_scenarios_is_refused(
            @TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scenarios/a"));
        Files.writeString(dir.resolve("scenarios/a/bad.json"), withStep("{\"actor\": \"x\", \"command\": " + LESSON + "}"));
        ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> Scenarios.load(dir));
        assertThat(e.getMessage()).startsWith("EJ3006 scenarios/a/bad.json, step 2, actor: ");

        Files.write(dir.resolve("scenarios/a/bad.json"), new byte[] {'{', (byte) 0xC3, '}'});
        assertThat(catchThrowableOfType(ScenarioFileException.class, () -> Scenarios.load(dir)).getMessage())
                .isEqualTo("EJ3000 scenarios/a/bad.json: is not UTF-8 text");

        ScenarioFileException empty = catchThrowableOfType(ScenarioFileException.class,
                () -> Scenarios.load(dir.resolve("scenarios")));
        assertThat(empty.code()).isEqualTo(ScenarioFileException.UNREADABLE);
        assertThat(empty.problem()).isEqualTo("there is no folder \"scenarios\" in it");
    }
}
