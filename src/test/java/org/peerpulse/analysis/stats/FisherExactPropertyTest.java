package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Percentage;

/** Fisher's p-values on random larger tables against exact rational arithmetic (R's definition). */
class FisherExactPropertyTest {
    private static final Percentage FLOATING = Percentage.withPercentage(1e-9);

    @Property(tries = 300, seed = "20240611")
    void twoSidedAndLessMatchExactRationals(@ForAll @IntRange(max = 80) int a, @ForAll @IntRange(max = 80) int b,
                                            @ForAll @IntRange(max = 80) int c, @ForAll @IntRange(max = 80) int d) {
        if (a + b + c + d == 0) {
            return;
        }
        assertThat(FisherExact.twoSided(a, b, c, d)).isCloseTo(ExactFisher.twoSided(a, b, c, d), FLOATING);
        assertThat(FisherExact.less(a, b, c, d)).isCloseTo(ExactFisher.less(a, b, c, d), FLOATING);
    }
}
