package org.ejournal.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.ejournal.rules.Profile;
import org.ejournal.rules.ProfileFile;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever valid profile is written, reading the file gives it back. */
class ProfileFileRoundTripTest {

    private static final long SEED = 20_261_005L;
    private static final Gen<Profile> PROFILES = QuickTheoriesGens.of(RandomProfiles::profile);

    @Test
    void a_written_profile_is_read_back_equal() {
        qt().withFixedSeed(SEED).withExamples(500).withShrinkCycles(200)
                .forAll(PROFILES)
                .checkAssert(p -> assertThat(ProfileFile.parse(ProfileFile.write(p))).isEqualTo(p));
    }

    @Test
    void writing_what_was_read_gives_the_same_text() {
        qt().withFixedSeed(SEED + 1).withExamples(200).withShrinkCycles(100)
                .forAll(PROFILES)
                .checkAssert(p -> {
                    String text = ProfileFile.write(p);
                    assertThat(ProfileFile.write(ProfileFile.parse(text))).isEqualTo(text);
                });
    }

    @Test
    void the_generator_covers_the_interesting_cases() {
        // guards the property against a generator that silently stopped producing hard inputs
        java.util.Random random = new java.util.Random(SEED);
        boolean escapes = false;
        boolean noBound = false;
        boolean byOrder = false;
        boolean severities = false;
        boolean scaled = false;
        for (int i = 0; i < 300; i++) {
            Profile p = RandomProfiles.profile(random);
            escapes |= p.policyVersion().contains("\"") || p.policyVersion().contains("\n");
            noBound |= p.minimumMarks().get(p.minimumMarks().size() - 1).upToHoursPerWeek() == null
                    && !p.minimumMarks().equals(Profile.defaults().minimumMarks());
            byOrder |= !p.periodMarkDeadlines().isEmpty();
            severities |= !p.severities().isEmpty();
            scaled |= p.notAttestedAbsenceShare().scale() == 3;
        }
        assertThat(escapes).isTrue();
        assertThat(noBound).isTrue();
        assertThat(byOrder).isTrue();
        assertThat(severities).isTrue();
        assertThat(scaled).isTrue();
    }
}
