package org.ejournal.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ejournal.rules.Profile;
import org.ejournal.rules.ProfileFile;
import org.junit.jupiter.api.Test;

/** The default profile as shipped, as written and as documented is one and the same. */
class TheDefaultProfileFileTest {

    private static String shipped() throws IOException {
        try (InputStream in = ProfileFile.class.getResourceAsStream(ProfileFile.DEFAULTS_RESOURCE)) {
            assertThat(in).as("resource %s", ProfileFile.DEFAULTS_RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_shipped_defaults_file_reads_as_the_default_profile() throws IOException {
        assertThat(ProfileFile.parse(shipped())).isEqualTo(Profile.defaults());
    }

    @Test
    void writing_the_default_profile_gives_the_shipped_file_to_the_character() throws IOException {
        assertThat(ProfileFile.write(Profile.defaults())).isEqualTo(shipped());
    }

    @Test
    void the_documentation_shows_the_shipped_defaults_file() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "profile.md"), StandardCharsets.UTF_8);
        int heading = doc.indexOf("## The default profile");
        int start = doc.indexOf("```json\n", heading) + "```json\n".length();
        int end = doc.indexOf("```", start);

        assertThat(heading).isNotNegative();
        assertThat(doc.substring(start, end)).isEqualTo(shipped());
    }

    @Test
    void the_documentation_lists_every_key_the_file_writes() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "profile.md"), StandardCharsets.UTF_8);
        for (String key : new String[] {"policyVersion", "days.counting", "timetable.lessonEnds",
            "deadlines.homework.hoursAfterLessons", "deadlines.marks.days", "deadlines.marks.daysByTaskType",
            "deadlines.periodMarks.daysAfterPeriod", "deadlines.periodMarks.byOrder", "deadlines.publication.hours",
            "deadlines.paperReports.days", "outages.graceHours", "accumulation.minimumMarks",
            "accumulation.notAttestedAbsenceShare", "averaging.method", "averaging.weights", "averaging.rounding",
            "averaging.thresholds", "marks.firstGrade", "retention.journals.years", "retention.summarySheets.years",
            "retention.countFrom", "severities"}) {
            assertThat(doc).contains("| `" + key + "` |");
        }
    }
}
