package org.ejournal.testkit.conformance;

import java.util.List;
import java.util.Objects;
import org.ejournal.rules.Profile;

/**
 * A conformance scenario, read from its file: a starting school, the school's profile, and a sequence
 * of timed steps with the verdict each expects. Immutable and thread-safe.
 *
 * @param id the scenario's name, its file's path under {@code scenarios/} without {@code .json}, e.g.
 *     {@code MarksAreEnteredWithinTheDeadline/the-last-minute}
 * @param source the file, e.g. {@code scenarios/MarksAreEnteredWithinTheDeadline/the-last-minute.json}
 * @param title what the scenario shows, in a sentence
 * @param rule the rule it is about: a rule of the catalogue, {@code RegulationAccessPolicy}, or
 *     {@code Integrity} for the journal's own checks
 * @param school the school it starts from
 * @param profileOverrides the profile's keys the scenario overrides, as profile-file JSON ({@code {}} for
 *     the defaults)
 * @param profile the profile: the defaults with the overrides
 * @param steps the steps, in time order, the first after the school's set-up
 */
public record Scenario(String id, String source, String title, String rule, StartingSchool school,
        String profileOverrides, Profile profile, List<Step> steps) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(profileOverrides, "profileOverrides");
        Objects.requireNonNull(profile, "profile");
        steps = List.copyOf(steps);
    }

    /** @return the steps that state their expectation: the probes of the rule */
    public List<Step> probes() {
        return steps.stream().filter(Step::probe).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
