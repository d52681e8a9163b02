package org.ejournal.testkit.conformance;

import java.util.List;
import java.util.Objects;
import org.ejournal.core.model.School;

/**
 * The school a scenario starts from: the school itself (identifier, name, time zone) and the commands
 * that set it up — staff, the school year and its periods, subjects, classes, pupils, guardians,
 * assignments — each sent by its actor at its instant. Every set-up step must be accepted; warnings
 * are not compared. Shared starting schools live in files of their own and are named by scenarios.
 * Immutable and thread-safe.
 *
 * @param name the name scenarios refer to it by, e.g. {@code kamchatka-school-1}, or {@code inline}
 * @param school the school
 * @param setup the set-up commands, in time order
 */
public record StartingSchool(String name, School school, List<Step.Execute> setup) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public StartingSchool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(school, "school");
        setup = List.copyOf(setup);
    }
}
