package org.ejournal.core;

import java.util.List;
import java.util.function.Function;

/**
 * The answer to a query: {@link Granted} with the value, or {@link Refused} with the violations
 * (an actor who may not see it, an unknown identifier). Immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public sealed interface Answer<T> {

    /** @return whether the value was given */
    boolean isGranted();

    /**
     * @return the value
     * @throws RefusedException if the query was refused; its message lists the violations
     */
    T orElseThrow();

    /**
     * @param <U> the new type
     * @param mapper applied to a granted value
     * @return the mapped answer; a refusal stays a refusal
     */
    <U> Answer<U> map(Function<? super T, ? extends U> mapper);

    /**
     * @param <T> the type of the value
     * @param value the value, not {@code null}
     * @return a granted answer
     */
    static <T> Answer<T> granted(T value) {
        return new Granted<>(value);
    }

    /**
     * @param <T> the type of the value
     * @param violations why, not empty
     * @return a refused answer
     */
    static <T> Answer<T> refused(List<Violation> violations) {
        return new Refused<>(violations);
    }

    /**
     * The value was given.
     *
     * @param <T> the type of the value
     * @param value the value
     */
    record Granted<T>(T value) implements Answer<T> {
        @Override
        public boolean isGranted() {
            return true;
        }

        @Override
        public T orElseThrow() {
            return value;
        }

        @Override
        public <U> Answer<U> map(Function<? super T, ? extends U> mapper) {
            return new Granted<>(mapper.apply(value));
        }
    }

    /**
     * The query was refused.
     *
     * @param <T> the type of the value that was asked for
     * @param violations why
     */
    record Refused<T>(List<Violation> violations) implements Answer<T> {

        /** Copies the violations. */
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one violation");
            }
        }

        @Override
        public boolean isGranted() {
            return false;
        }

        @Override
        public T orElseThrow() {
            throw new RefusedException(violations);
        }

        @Override
        public <U> Answer<U> map(Function<? super T, ? extends U> mapper) {
            return new Refused<>(violations);
        }
    }

    /** Thrown by {@link #orElseThrow()} on a refused answer. */
    final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Violation> violations;

        RefusedException(List<Violation> violations) {
            super(violations.toString());
            this.violations = violations;
        }

        /** @return the violations */
        public List<Violation> violations() {
            return violations;
        }
    }
}
