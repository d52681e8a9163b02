package org.ejournal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the suggested period mark is computed (REQUIREMENTS §5a): a versioned, per-school choice.
 * Immutable and thread-safe.
 *
 * @param method the plain or weighted mean
 * @param weights weights by task type code for the weighted mean; a type not listed weighs what its
 *     task says ({@code AssignTask.weight}, 1 by default)
 * @param rounding by thresholds, or half up in the pupil's favour
 * @param thresholds for {@link Rounding#THRESHOLDS}: the lowest mean that earns 5, 4 and 3, in that
 *     order (default 4.65, 3.65, 2.65); below the last, 2
 */
public record AveragingPolicy(Method method, Map<String, Integer> weights, Rounding rounding,
        List<BigDecimal> thresholds) {

    /** The mean to use. */
    public enum Method {
        /** Σ mark / n. */
        PLAIN,
        /** Σ (mark · weight) / Σ weight. */
        WEIGHTED
    }

    /** How a mean becomes a mark. */
    public enum Rounding {
        /** By the thresholds (default ≥ 4.65 → 5, ≥ 3.65 → 4, ≥ 2.65 → 3, else 2). */
        THRESHOLDS,
        /** x.5 and above rounds up, "in the pupil's favour". */
        HALF_UP
    }

    /** Checks the parts. */
    public AveragingPolicy {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rounding, "rounding");
        weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        thresholds = List.copyOf(Objects.requireNonNull(thresholds, "thresholds"));
        for (Map.Entry<String, Integer> w : weights.entrySet()) {
            if (w.getValue() < 1 || w.getValue() > 10) {
                throw new ProfileException("averaging.weights." + w.getKey(), "a weight must be 1 to 10");
            }
        }
        if (thresholds.size() != 3) {
            throw new ProfileException("averaging.thresholds", "give three thresholds: for 5, 4 and 3");
        }
        for (int i = 1; i < 3; i++) {
            if (thresholds.get(i).compareTo(thresholds.get(i - 1)) >= 0) {
                throw new ProfileException("averaging.thresholds", "thresholds must fall: 5 above 4 above 3");
            }
        }
    }

    /**
     * The default: a weighted mean with test papers, dictations and essays weighing 3, laboratory,
     * practical and independent work 2, and rounding by the thresholds 4.65, 3.65, 2.65.
     *
     * @return the default policy
     */
    public static AveragingPolicy defaults() {
        return new AveragingPolicy(Method.WEIGHTED,
                Map.of("test-paper", 3, "dictation", 3, "essay", 3, "laboratory-work", 2, "practical-work", 2,
                        "independent-work", 2, "class-work", 1, "oral-answer", 1, "homework", 1),
                Rounding.THRESHOLDS,
                List.of(new BigDecimal("4.65"), new BigDecimal("3.65"), new BigDecimal("2.65")));
    }
}
