package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fisher's p-values on random larger tables (cells 0–80) against exact rational arithmetic
 * (R's definition); 300 tables, each from its own seed.
 */
class FisherExactPropertyTest {
    private static final Percentage FLOATING = Percentage.withPercentage(1e-9);

    static LongStream seeds() {
        return LongStream.range(20240611, 20240611 + 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void twoSidedAndLessMatchExactRationals(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int a = random.nextInt(81);
        int b = random.nextInt(81);
        int c = random.nextInt(81);
        int d = random.nextInt(81);
        if (a + b + c + d == 0) {
            return;
        }
        assertThat(FisherExact.twoSided(a, b, c, d)).isCloseTo(ExactFisher.twoSided(a, b, c, d), FLOATING);
        assertThat(FisherExact.less(a, b, c, d)).isCloseTo(ExactFisher.less(a, b, c, d), FLOATING);
    }
}
