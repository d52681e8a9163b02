package org.ejournal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
     * The weight a mark counts with in the mean.
     *
     * @param taskType the task type's code, not {@code null}
     * @param taskWeight the weight the task itself was given ({@code AssignTask.weight})
     * @return 1 for the plain mean; for the weighted mean the weight of {@link #weights()} for the
     *     type, else the task's own
     */
    public int weightOf(String taskType, int taskWeight) {
        Objects.requireNonNull(taskType, "taskType");
        if (method == Method.PLAIN) {
            return 1;
        }
        return weights.getOrDefault(taskType, taskWeight);
    }

    /**
     * Turns a mean of five-point marks into the suggested five-point mark: by the thresholds (a mean
     * at or above the first earns 5, at or above the second 4, at or above the third 3, else 2) or
     * half up (x.5 and above up). The lowest suggestion is 2 under either rounding: a period mark of
     * 1 is never suggested, as the regulation's thresholds end with "below → 2".
     *
     * @param mean the mean, not {@code null}
     * @return 2 to 5
     */
    public int round(BigDecimal mean) {
        Objects.requireNonNull(mean, "mean");
        int mark;
        if (rounding == Rounding.HALF_UP) {
            mark = mean.setScale(0, RoundingMode.HALF_UP).intValueExact();
        } else if (mean.compareTo(thresholds.get(0)) >= 0) {
            mark = 5;
        } else if (mean.compareTo(thresholds.get(1)) >= 0) {
            mark = 4;
        } else if (mean.compareTo(thresholds.get(2)) >= 0) {
            mark = 3;
        } else {
            mark = 2;
        }
        return Math.max(2, Math.min(5, mark));
    }

    /**
     * @param method the mean to use, not {@code null}
     * @return a copy with that method
     */
    public AveragingPolicy withMethod(Method method) {
        return new AveragingPolicy(method, weights, rounding, thresholds);
    }

    /**
     * @param rounding how a mean becomes a mark, not {@code null}
     * @return a copy with that rounding
     */
    public AveragingPolicy withRounding(Rounding rounding) {
        return new AveragingPolicy(method, weights, rounding, thresholds);
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
