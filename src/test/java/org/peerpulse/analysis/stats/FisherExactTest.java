package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpulse.analysis.stats.Tolerance.R_PRINTED;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FisherExactTest {
    /** Floating point against exact rationals: far tighter than R's own 1e-7 tie tolerance. */
    private static final Percentage FLOATING = Percentage.withPercentage(1e-9);

    /**
     * R help of fisher.test. TeaTasting = matrix(c(3, 1, 1, 3), 2): two-sided 0.4857143 (= 34/70),
     * greater 0.2428571 (= 17/70). Convictions = matrix(c(2, 10, 15, 3), 2), i.e. [[2, 15], [10, 3]]:
     * less 0.0004652.
     */
    @Test
    void matchesRHelpPageExamples() {
        assertThat(FisherExact.twoSided(3, 1, 1, 3)).isCloseTo(0.4857143, R_PRINTED);
        assertThat(FisherExact.greater(3, 1, 1, 3)).isCloseTo(0.2428571, R_PRINTED);
        assertThat(FisherExact.less(3, 1, 1, 3)).isCloseTo(69.0 / 70, R_PRINTED);
        assertThat(FisherExact.less(2, 15, 10, 3)).isCloseTo(0.0004652, Percentage.withPercentage(0.01));
        assertThat(FisherExact.less(2, 15, 10, 3)).isCloseTo(ExactFisher.less(2, 15, 10, 3), FLOATING);
    }

    /**
     * Exact ties that Commons' own two-sided test misses. [[0, 2], [2, 3]]: margins 2, 5 | 2, 5;
     * P(a = 0) = C(2,0)C(5,2)/C(7,2) = 10/21 = P(a = 1), P(a = 2) = 1/21, so R's p is 1 (Commons 11/21).
     * [[1, 5], [9, 2]]: margins 6, 11 | 10, 7; weights C(6, x) C(11, 10 − x) for x = 0..6 are 11, 330, 2475,
     * 6600, 6930, 2772, 330 (sum 19448 = C(17, 10)); x = 1 ties x = 6, so p = (11 + 330 + 330) / 19448 = 671 / 19448.
     */
    @ParameterizedTest(name = "[[{0}, {1}], [{2}, {3}]] -> {4}")
    @CsvSource({
        "0, 2, 2, 3, 1.0",
        "1, 5, 9, 2, 0.034502262443438914",
    })
    void includesTablesTiedWithTheObservedOne(int a, int b, int c, int d, double expected) {
        assertThat(FisherExact.twoSided(a, b, c, d)).isCloseTo(expected, FLOATING);
    }

    /** Every table with cells 0..8 (6,561 tables, many with exact ties) against exact rationals. */
    @Test
    void twoSidedMatchesExactRationalsOnAllSmallTables() {
        for (int a = 0; a <= 8; a++) {
            for (int b = 0; b <= 8; b++) {
                for (int c = 0; c <= 8; c++) {
                    for (int d = 0; d <= 8; d++) {
                        if (a + b + c + d == 0) {
                            continue;
                        }
                        assertThat(FisherExact.twoSided(a, b, c, d))
                                .as("[[%d, %d], [%d, %d]]", a, b, c, d)
                                .isCloseTo(ExactFisher.twoSided(a, b, c, d), FLOATING);
                    }
                }
            }
        }
    }

    @Test
    void aTableWithAZeroMarginHasPOne() {
        assertThat(FisherExact.twoSided(0, 0, 4, 7)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(0, 6, 0, 9)).isEqualTo(1.0);
    }

    @Test
    void refusesEmptyOrNegativeTables() {
        assertThatThrownBy(() -> FisherExact.twoSided(0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FisherExact.twoSided(1, -1, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
