package org.ejournal.testkit.gen.quicktheories;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.ejournal.testkit.gen.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/**
 * The thin adapter from the test kit's framework-neutral {@link Gen}s to QuickTheories
 * {@link org.quicktheories.core.Gen}s. Every {@code nextInt(bound)} of a test-kit generator becomes a
 * QuickTheories draw between 0 and {@code bound - 1}, so QuickTheories records the choices and shrinks
 * them towards zero — towards the first, simplest option of each choice.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGens.of(Commands.valid(RecordMark.class)))
 *     .check(command -> validator.validate(command).isEmpty());
 * }</pre>
 */
public final class QuickTheoriesGens {

    private QuickTheoriesGens() {
    }

    /**
     * @param gen a test-kit generator, not null
     * @param <T> what it generates
     * @return the same generator as a QuickTheories generator
     * @throws NullPointerException if {@code gen} is null
     */
    public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen) {
        Objects.requireNonNull(gen, "gen");
        return source -> gen.next(new SourceRandom(source));
    }

    /** A {@link RandomGenerator} whose draws are QuickTheories' draws. */
    private static final class SourceRandom implements RandomGenerator {
        private final RandomnessSource source;

        SourceRandom(RandomnessSource source) {
            this.source = source;
        }

        @Override
        public long nextLong() {
            return SourceDSL.longs().all().generate(source);
        }

        @Override
        public int nextInt(int bound) {
            if (bound <= 0) {
                throw new IllegalArgumentException("bound must be positive");
            }
            return SourceDSL.integers().between(0, bound - 1).generate(source);
        }

        @Override
        public int nextInt(int origin, int bound) {
            if (bound <= origin) {
                throw new IllegalArgumentException("bound must be above origin");
            }
            return SourceDSL.integers().between(origin, bound - 1).generate(source);
        }

        @Override
        public boolean nextBoolean() {
            return nextInt(2) == 1;
        }
    }
}
