package org.ejournal.testkit.school;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many mistakes a generated school's staff make: for each {@link MistakeKind}, a share of the
 * kind's occasions in thousandths (‰), 0 to 1000. {@link #none()} gives a school whose every command
 * the regulation accepts on time. Immutable and thread-safe; equal when the shares are equal.
 *
 * <pre>{@code
 * Mistakes few = Mistakes.none().with(MistakeKind.LATE_MARK, 5).with(MistakeKind.MISSING_TOPIC, 10);
 * Mistakes many = Mistakes.everyKind(50);
 * }</pre>
 */
public final class Mistakes {

    private static final Mistakes NONE = new Mistakes(new EnumMap<>(MistakeKind.class));

    private final Map<MistakeKind, Integer> perMille;

    private Mistakes(EnumMap<MistakeKind, Integer> perMille) {
        this.perMille = Collections.unmodifiableMap(perMille);
    }

    /** @return no mistakes at all */
    public static Mistakes none() {
        return NONE;
    }

    /**
     * @param perMille the share of every kind's occasions, 0 to 1000
     * @return every kind of mistake at that share
     * @throws IllegalArgumentException (code {@code EJ1001}) if the share is outside 0 to 1000
     */
    public static Mistakes everyKind(int perMille) {
        Mistakes m = NONE;
        for (MistakeKind kind : MistakeKind.values()) {
            m = m.with(kind, perMille);
        }
        return m;
    }

    /**
     * @param kind a kind of mistake, not {@code null}
     * @param perMille the share of its occasions, 0 to 1000
     * @return a copy with that share for that kind
     * @throws IllegalArgumentException (code {@code EJ1001}) if the share is outside 0 to 1000
     * @throws NullPointerException if the kind is {@code null}
     */
    public Mistakes with(MistakeKind kind, int perMille) {
        Objects.requireNonNull(kind, "kind");
        if (perMille < 0 || perMille > 1000) {
            throw new IllegalArgumentException("EJ1001 a share of mistakes is 0 to 1000 ‰, got " + perMille);
        }
        EnumMap<MistakeKind, Integer> copy = new EnumMap<>(MistakeKind.class);
        copy.putAll(this.perMille);
        if (perMille == 0) {
            copy.remove(kind);
        } else {
            copy.put(kind, perMille);
        }
        return new Mistakes(copy);
    }

    /**
     * @param kind a kind of mistake, not {@code null}
     * @return its share of its occasions in thousandths, 0 if it is not made
     */
    public int perMille(MistakeKind kind) {
        return perMille.getOrDefault(Objects.requireNonNull(kind, "kind"), 0);
    }

    /** @return whether no mistake of any kind is made */
    public boolean isNone() {
        return perMille.isEmpty();
    }

    /** @return the shares of the kinds that are made, in the order of {@link MistakeKind} */
    public Map<MistakeKind, Integer> shares() {
        return perMille;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mistakes m && m.perMille.equals(perMille);
    }

    @Override
    public int hashCode() {
        return perMille.hashCode();
    }

    @Override
    public String toString() {
        return "Mistakes" + perMille;
    }
}
