package org.ejournal.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A mark (отметка) as written in the journal: the grading scale it belongs to and its symbol on
 * that scale, such as «4» on the five-point scale or «зач» on the pass/fail scale. Creating one does
 * not check the symbol against the scale; the journal does that and rejects a mark outside its scale
 * with a violation. Immutable and thread-safe.
 *
 * @param scale the scale's identifier
 * @param symbol the symbol, at most 8 characters
 */
public record MarkValue(@NotNull ScaleId scale, @NotBlank @Size(max = 8) String symbol) {

    /**
     * Obtains a mark.
     *
     * @param scale the scale
     * @param symbol the symbol
     * @return the mark
     */
    public static MarkValue of(ScaleId scale, String symbol) {
        return new MarkValue(scale, symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
