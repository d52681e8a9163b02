package org.ejournal.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pupil (обучающийся). The name and the birth date are personal data and never show in
 * {@code toString}. Which class the pupil is in follows from their movements. Immutable and
 * thread-safe.
 */
@Value.Immutable
public interface Student {

    /** @return the identifier */
    StudentId id();

    /** @return the name (redacted in {@code toString}) */
    @Value.Redacted
    PersonName name();

    /** @return the birth date, if known (redacted in {@code toString}) */
    @Value.Redacted
    Optional<LocalDate> birthDate();

    /** @return a builder */
    static ImmutableStudent.Builder builder() {
        return ImmutableStudent.builder();
    }
}
