package org.ejournal.core.model;

import org.immutables.value.Value;

/**
 * A guardian (законный представитель) of one or more pupils. A guardian may decline electronic
 * access; then the school owes them a paper report at least weekly (POL-8.3) and their contact must
 * reach them on paper. Name and contact are personal data and never show in {@code toString}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface Guardian {

    /** @return the identifier */
    GuardianId id();

    /** @return the name (redacted in {@code toString}) */
    @Value.Redacted
    PersonName name();

    /** @return how to reach the guardian (redacted in {@code toString}) */
    @Value.Redacted
    Contact contact();

    /** @return whether the guardian uses the electronic diary; {@code false} if they declined it */
    boolean electronicAccess();

    /** @return a builder */
    static ImmutableGuardian.Builder builder() {
        return ImmutableGuardian.builder();
    }
}
