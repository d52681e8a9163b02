package org.ejournal.testkit.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A framework-neutral generator: draws one value from a source of randomness. Any property-testing
 * tool can drive it through a thin adapter (see
 * {@link org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens}); without one, a seeded
 * {@link SplittableRandom} gives the same values on any machine ({@link #sample(long, int)}).
 *
 * <p>Generators draw only through {@link RandomGenerator#nextInt(int)}, and the first option of every
 * choice is the simplest, so a tool that shrinks draws towards zero finds plain counter-examples.
 * The generators of this package are stateless, immutable and thread-safe; the source of randomness
 * is not.
 *
 * @param <T> what it generates
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * @param random the source of randomness, not null
     * @return one value
     */
    T next(RandomGenerator random);

    /**
     * @param seed the seed
     * @param count how many values, not negative
     * @return {@code count} values drawn from a {@link SplittableRandom} with that seed: the same on
     *     every call and every machine
     */
    default List<T> sample(long seed, int count) {
        RandomGenerator random = new SplittableRandom(seed);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next(random));
        }
        return out;
    }

    /**
     * @param f what to apply to each value, not null
     * @param <R> the result
     * @return a generator of {@code f} of this one's values
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return r -> f.apply(next(r));
    }

    /**
     * @param f the generator to draw from next, chosen by this one's value; not null
     * @param <R> the result
     * @return a generator that draws a value, then draws from the generator {@code f} picks for it
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return r -> f.apply(next(r)).next(r);
    }

    /**
     * @param value the value, may be null
     * @param <T> its type
     * @return a generator that always gives {@code value} and draws nothing
     */
    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    /**
     * @param min the smallest
     * @param max the largest, not below {@code min}
     * @return integers between {@code min} and {@code max} inclusive, shrinking towards {@code min}
     * @throws IllegalArgumentException if {@code max < min}
     */
    static Gen<Integer> ints(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " is below min " + min);
        }
        return r -> min + r.nextInt(max - min + 1);
    }

    /**
     * @param options the options, not empty; the first is the simplest
     * @param <T> their type
     * @return one of them, each as likely
     * @throws IllegalArgumentException if there are none
     */
    @SafeVarargs
    static <T> Gen<T> elements(T... options) {
        List<T> list = new ArrayList<>(options.length);
        for (T option : options) {
            list.add(option);
        }
        return elements(list);
    }

    /**
     * @param options the options, not empty, copied; the first is the simplest
     * @param <T> their type
     * @return one of them, each as likely
     * @throws IllegalArgumentException if there are none
     */
    static <T> Gen<T> elements(List<? extends T> options) {
        List<T> copy = List.copyOf(options);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no options");
        }
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /**
     * @param generators the generators, not empty; the first is the simplest
     * @param <T> what they generate
     * @return a value of one of them, each as likely
     * @throws IllegalArgumentException if there are none
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> copy = new ArrayList<>(generators.length);
        for (Gen<? extends T> g : generators) {
            copy.add(Objects.requireNonNull(g, "generator"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no generators");
        }
        return r -> copy.get(r.nextInt(copy.size())).next(r);
    }

    /**
     * @param weighted the generators with their weights, not empty; the first is the simplest
     * @param <T> what they generate
     * @return a value of one of them, chosen in proportion to the weights
     * @throws IllegalArgumentException if there are none
     */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... weighted) {
        List<Weighted<? extends T>> copy = new ArrayList<>(weighted.length);
        for (Weighted<? extends T> w : weighted) {
            copy.add(Objects.requireNonNull(w, "weighted"));
        }
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("no generators");
        }
        return r -> {
            int x = r.nextInt(total);
            for (Weighted<? extends T> w : copy) {
                if (x < w.weight()) {
                    return w.gen().next(r);
                }
                x -= w.weight();
            }
            throw new AssertionError();
        };
    }

    /**
     * @param weight how often, relative to the others; positive
     * @param gen the generator, not null
     * @param <T> what it generates
     * @return the pair, for {@link #frequency(Weighted[])}
     */
    static <T> Weighted<T> weighted(int weight, Gen<T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * @param element the generator of elements, not null
     * @param min the fewest elements, not negative
     * @param max the most, not below {@code min}
     * @param <T> the elements
     * @return lists of {@code min} to {@code max} elements, shrinking towards the shortest
     */
    static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
        Gen<Integer> size = ints(min, max);
        return r -> {
            int n = size.next(r);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(element.next(r));
            }
            return out;
        };
    }

    /**
     * @param percent the chance of {@code true}, 0 to 100
     * @return {@code false} or {@code true}; {@code false} is the simpler answer
     */
    static Gen<Boolean> chance(int percent) {
        return r -> r.nextInt(100) >= 100 - percent;
    }

    /**
     * A generator with its relative weight. Immutable.
     *
     * @param weight how often, relative to the others; positive
     * @param gen the generator, not null
     * @param <T> what it generates
     */
    record Weighted<T>(int weight, Gen<T> gen) {
        /** @throws IllegalArgumentException if the weight is not positive; NullPointerException if gen is null */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }
}
