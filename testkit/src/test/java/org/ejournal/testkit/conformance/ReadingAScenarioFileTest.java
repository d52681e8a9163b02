package org.ejournal.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ejournal.core.Actor;
import org.ejournal.core.command.AssignTask;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.command.OpenSchoolYear;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.model.GradeRange;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.model.TaskType;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario file is read into commands, queries and expectations by reflection over the library's
 * own records: identifiers from text, constants by name, optional keys left out, times in the
 * school's zone; from one text, from a directory of a vendor's own, and from the bundled suite.
 */
class ReadingAScenarioFileTest {

    private static final String INLINE = """
            {
              "title": "An inline school in Moscow",
              "rule": "RegulationAccessPolicy",
              "description": "read by the tests of the format",
              "school": {"id": "moscow-1", "name": "ГБОУ «Школа № 1»", "zone": "Europe/Moscow", "setup": [
                {"at": "2026-08-31T10:00", "actor": "system:installer", "command": {"RegisterStaffMember": {"id": "admin", "name": {"surname": "Админова", "givenName": "Анна"}, "roles": ["JOURNAL_ADMINISTRATOR", "TEACHER"]}}}
              ]},
              "profile": {"deadlines": {"marks": {"days": 5}}},
              "steps": [
                {"at": "2026-09-01T08:00", "actor": "staff:admin", "command": {"OpenSchoolYear": {"id": "2026-2027", "firstDay": "2026-09-01", "lastDay": "2027-05-31", "calendar": {"daysPerWeek": 6}}}},
                {"actor": "staff:admin", "command": {"SetCurriculumLoad": {"schoolClass": "5a", "subject": "math", "hoursPerWeek": 0.5}}},
                {"actor": "staff:admin", "command": {"AssignTask": {"id": "t-1", "lesson": "l-1", "type": "CLASS_WORK", "weight": 2}}},
                {"actor": "staff:admin", "command": {"CreateGroup": {"id": "g-1", "schoolClass": "5a", "name": "1 группа", "members": ["s-1", "s-2"]}}},
                {"actor": "student:s-1", "note": "the listing, twice refused", "read": {"EditsQuery": {"schoolClass": "5a", "from": "2026-09-01", "to": "2026-09-30"}},
                 "expect": {"outcome": "refused", "violations": [{"code": "EJ2133", "clause": "POL-3.6", "times": 2}]}},
                {"actor": "guardian:g-1", "read": {"EditsQuery": {"schoolClass": "5a", "subject": "math", "from": "2026-09-01", "to": "2026-09-30"}}},
                {"actor": "staff:admin", "read": {"HistoryQuery": {"entry": {"MarkEntry": {"task": "t-1", "student": "s-1"}}}}},
                {"at": "2026-09-02T00:00Z", "outstanding": {"rules": ["LessonsAreEnteredOnTheirDay"]}, "expect": {"outcome": "clean"}},
                {"at": "2026-09-02T05:00+03:00", "outstanding": {}}
              ]
            }
            """;

    @Test
    void an_inline_school_its_profile_and_its_steps_are_read_into_the_librarys_values() {
        Scenario s = Scenarios.parse("scenarios/RegulationAccessPolicy/inline.json", INLINE);

        assertThat(s.id()).isEqualTo("RegulationAccessPolicy/inline");
        assertThat(s.source()).isEqualTo("scenarios/RegulationAccessPolicy/inline.json");
        assertThat(s.title()).isEqualTo("An inline school in Moscow");
        assertThat(s.rule()).isEqualTo(RuleIndex.ACCESS_POLICY);
        assertThat(s.school().name()).isEqualTo("inline");
        assertThat(s.school().school().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(s.school().setup()).singleElement()
                .satisfies(step -> assertThat(step.actor()).isEqualTo(Actor.system("installer")));
        assertThat(s.profile().markDays()).isEqualTo(5);
        assertThat(s.profileOverrides()).isEqualTo("{\"deadlines\":{\"marks\":{\"days\":5}}}");
        assertThat(s.steps()).hasSize(9);

        Step.Execute open = (Step.Execute) s.steps().get(0);
        assertThat(open.at()).isEqualTo(Instant.parse("2026-09-01T05:00:00Z"));
        assertThat(open.actor()).isEqualTo(Actor.staff(StaffId.of("admin")));
        assertThat(open.probe()).isFalse();
        assertThat(open.expected()).isEqualTo(Verdict.of(OutcomeKind.ACCEPTED));
        OpenSchoolYear year = (OpenSchoolYear) open.command();
        assertThat(year.calendar().daysPerWeek()).isEqualTo(6);
        assertThat(year.calendar().daysOff()).isEmpty();
        assertThat(year.calendar().vacations()).isEmpty();

        assertThat(((SetCurriculumLoad) ((Step.Execute) s.steps().get(1)).command()).hoursPerWeek())
                .isEqualTo(new BigDecimal("0.5"));
        AssignTask task = (AssignTask) ((Step.Execute) s.steps().get(2)).command();
        assertThat(task.type()).isSameAs(TaskType.CLASS_WORK);
        assertThat(task.description()).isNull();
        assertThat(((CreateGroup) ((Step.Execute) s.steps().get(3)).command()).members())
                .containsExactly(StudentId.of("s-1"), StudentId.of("s-2"));

        Step.Read refused = (Step.Read) s.steps().get(4);
        assertThat(refused.at()).as("a step without \"at\" happens with the one before").isEqualTo(open.at());
        assertThat(refused.probe()).isTrue();
        assertThat(refused.note()).isEqualTo("the listing, twice refused");
        assertThat(refused.expected()).isEqualTo(Verdict.of(OutcomeKind.REFUSED, ViolationCode.of("EJ2133", "POL-3.6"),
                ViolationCode.of("EJ2133", "POL-3.6")));
        assertThat(((Query.EditsQuery) refused.query()).subject()).isEmpty();
        assertThat(((Query.EditsQuery) ((Step.Read) s.steps().get(5)).query()).subject())
                .isEqualTo(Optional.of(SubjectId.of("math")));
        assertThat(s.steps().get(5).expected()).isEqualTo(Verdict.of(OutcomeKind.GRANTED));
        assertThat(((Query.HistoryQuery) ((Step.Read) s.steps().get(6)).query()).entry())
                .isEqualTo(EntryRef.mark(org.ejournal.core.model.TaskId.of("t-1"), StudentId.of("s-1")));

        Step.Outstanding asked = (Step.Outstanding) s.steps().get(7);
        assertThat(asked.at()).isEqualTo(Instant.parse("2026-09-02T00:00:00Z"));
        assertThat(asked.rules()).containsExactly("LessonsAreEnteredOnTheirDay");
        assertThat(asked.describe()).isEqualTo("outstanding [LessonsAreEnteredOnTheirDay]");
        Step.Outstanding all = (Step.Outstanding) s.steps().get(8);
        assertThat(all.at()).isEqualTo(Instant.parse("2026-09-02T02:00:00Z"));
        assertThat(all.rules()).isEmpty();
        assertThat(all.probe()).isFalse();
        assertThat(s.probes()).containsExactly(refused, asked);
    }

    @Test
    void a_record_given_by_the_name_of_its_constant_is_that_constant() {
        Scenario s = Scenarios.parse("scenarios/x.json", """
                {"title": "t", "rule": "Integrity", "school": "kamchatka-school-1", "steps": [
                  {"at": "2026-10-05T10:00", "actor": "staff:admin", "command": {"DefineStudyPeriod": {"id": "t1", "year": "2026-2027", "kind": "TRIMESTER", "number": 1, "firstDay": "2026-09-01", "lastDay": "2026-11-30", "grades": "ALL"}}}
                ]}
                """);
        var period = (org.ejournal.core.command.DefineStudyPeriod) ((Step.Execute) s.steps().get(0)).command();
        assertThat(period.grades()).isSameAs(GradeRange.ALL);
    }

    @Test
    void the_bundled_starting_school_is_the_one_scenarios_name() {
        StartingSchool school = Scenarios.bundledSchool("kamchatka-school-1");
        assertThat(school.school().zone()).isEqualTo(ZoneId.of("Asia/Kamchatka"));
        assertThat(school.setup()).hasSizeGreaterThan(30);
        assertThat(Scenarios.bundled()).allSatisfy(s -> assertThat(s.school()).isSameAs(school));
    }

    @Test
    void a_directory_of_a_vendors_own_has_scenarios_and_schools_and_may_name_the_bundled_ones(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("scenarios/mine"));
        Files.createDirectories(dir.resolve("schools"));
        Files.writeString(dir.resolve("schools/tiny.json"), """
                {"id": "tiny", "name": "Малокомплектная школа", "zone": "Asia/Kamchatka", "setup": [
                  {"at": "2026-08-31T10:00", "actor": "system:installer", "command": {"RegisterStaffMember": {"id": "admin", "name": {"surname": "Админова", "givenName": "Анна"}, "roles": ["JOURNAL_ADMINISTRATOR"]}}}
                ]}
                """);
        Files.writeString(dir.resolve("scenarios/mine/own.json"), """
                {"title": "own", "rule": "AdministratorManagesTheSchool", "school": "tiny", "steps": [
                  {"at": "2026-09-01T10:00", "actor": "staff:admin", "command": {"DefineSubject": {"id": "math", "name": "Математика", "scale": "five-point"}}, "expect": {"outcome": "accepted"}}
                ]}
                """);
        Files.writeString(dir.resolve("scenarios/bundled-school.json"), """
                {"title": "bundled", "rule": "AdministratorManagesTheSchool", "school": "kamchatka-school-1", "steps": [
                  {"at": "2026-09-01T10:00", "actor": "staff:t-math", "command": {"DefineSubject": {"id": "art", "name": "ИЗО", "scale": "five-point"}},
                   "expect": {"outcome": "rejected", "violations": [{"code": "EJ2125", "clause": "POL-4.6"}]}}
                ]}
                """);
        Files.writeString(dir.resolve("scenarios/notes.txt"), "not a scenario");

        List<Scenario> loaded = Scenarios.load(dir);

        assertThat(loaded).extracting(Scenario::id).containsExactly("bundled-school", "mine/own");
        assertThat(loaded.get(1).school().name()).isEqualTo("tiny");
        assertThat(loaded.get(1).source()).isEqualTo("scenarios/mine/own.json");
        ConformanceReport report = ConformanceRunner.against(EjournalAdapter.create()).run(loaded);
        assertThat(report.mismatches()).as(report.describe()).isEmpty();
        assertThat(report.describe()).startsWith("ejournal: 2 scenarios, 42 steps, 0 mismatches\n");
    }

    @Test
    void the_suite_is_read_from_a_jar_as_from_a_directory(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("suite.jar");
        Map<String, String> files = Map.of(
                Scenarios.BASE + Scenarios.SCHEMA, "{}",
                Scenarios.BASE + "scenarios/a/one.json", "{\"title\": \"one\"}",
                Scenarios.BASE + "scenarios/two.json", "{\"title\": \"two\"}",
                Scenarios.BASE + "schools/s.json", "{}");
        // no entries of folders: a jar need not have them
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(Scenarios.resources(loader, "scenarios")).containsExactly(
                    Map.entry("scenarios/a/one.json", "{\"title\": \"one\"}"),
                    Map.entry("scenarios/two.json", "{\"title\": \"two\"}"));
            assertThat(Scenarios.resources(loader, "schools")).containsOnlyKeys("schools/s.json");
        }
    }

    @Test
    void a_verdict_keeps_its_violations_sorted_so_that_order_does_not_matter() {
        Verdict a = Verdict.of(OutcomeKind.REJECTED, ViolationCode.of("EJ2300", "REC-6.4"),
                ViolationCode.of("EJ2200", "REG-4"));
        Verdict b = Verdict.of(OutcomeKind.REJECTED, ViolationCode.of("EJ2200", "REG-4"),
                ViolationCode.of("EJ2300", "REC-6.4"));
        assertThat(a).isEqualTo(b);
        assertThat(a).hasToString("rejected [EJ2200 REG-4, EJ2300 REC-6.4]");
        assertThat(Verdict.of(OutcomeKind.CLEAN)).hasToString("clean");
        assertThat(new java.util.HashSet<>(List.of(a, b))).hasSize(1);
    }
}
