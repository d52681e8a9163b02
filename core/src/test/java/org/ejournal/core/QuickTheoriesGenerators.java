package org.ejournal.core;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.ejournal.core.command.Command;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/**
 * The thin adapter from the framework-neutral generators ({@link CommandGenerators}, which draw
 * from a {@link RandomGenerator}) to QuickTheories {@link Gen}s. Every {@code nextInt(bound)} becomes
 * a QuickTheories draw between 0 and {@code bound - 1}, so QuickTheories records the choices and
 * shrinks them towards zero — towards the first, simplest option of each choice.
 */
public final class QuickTheoriesGenerators {

    private QuickTheoriesGenerators() {
    }

    /**
     * @param core a generator driven by a source of randomness
     * @param <T> what it generates
     * @return the same generator as a QuickTheories {@link Gen}
     */
    public static <T> Gen<T> fromRandom(Function<RandomGenerator, T> core) {
        return source -> core.apply(new SourceRandom(source));
    }

    /** @return single commands over {@link SchoolFixture}'s school */
    public static Gen<Command> commands() {
        return fromRandom(r -> CommandGenerators.overFixture().command(r));
    }

    /**
     * @param maxLength the longest sequence
     * @return sequences of attempts over {@link SchoolFixture}'s school, each from a fresh generator
     */
    public static Gen<List<CommandGenerators.Attempt>> attemptSequences(int maxLength) {
        return fromRandom(CommandGenerators.sequencesOverFixture(maxLength));
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
