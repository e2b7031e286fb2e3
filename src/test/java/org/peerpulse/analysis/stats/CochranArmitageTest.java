package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpulse.analysis.stats.Tolerance.EXACT;
import static org.peerpulse.analysis.stats.Tolerance.R_PRINTED;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CochranArmitageTest {
    private static final long[] SMOKERS = {83, 90, 129, 70};
    private static final long[] PATIENTS = {86, 93, 136, 82};

    /** R help of prop.trend.test: prop.trend.test(smokers, patients) → X² = 8.224922, p = 0.004131897. */
    @Test
    void matchesRPropTrendTestExample() {
        TrendTestResult result = CochranArmitage.test(SMOKERS, PATIENTS);
        assertThat(result.chi2()).isCloseTo(8.224922, R_PRINTED);
        assertThat(result.p()).isCloseTo(0.004131897, R_PRINTED);
    }

    /**
     * By hand: 15, 10, 8 of 30 each, scores 1, 2, 3. p = 33/90 = 11/30, s̄ = 2,
     * Σ sᵢ(xᵢ − nᵢp) = 1·4 + 2·(−1) + 3·(−3) = −7, Σ nᵢ(sᵢ − s̄)² = 60, p(1 − p) = 209/900,
     * X² = 49 / (209/900 · 60) = 735/209; on 1 df p = 2 Φ(−√X²).
     */
    @Test
    void matchesAHandComputedTrend() {
        TrendTestResult result = CochranArmitage.test(new long[] {15, 10, 8}, new long[] {30, 30, 30});
        double chi2 = 735.0 / 209;
        assertThat(result.chi2()).isCloseTo(chi2, EXACT);
        assertThat(result.p()).isCloseTo(2 * NormalDistribution.of(0, 1).cumulativeProbability(-Math.sqrt(chi2)), EXACT);
    }

    /**
     * Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), §2.5: infant malformation by
     * alcohol consumption, present 48, 38, 5, 1, 1 of 17114, 14502, 793, 127, 38. With scores 0, 0.5, 1.5, 4, 7
     * he reports M² = 6.57 (P = 0.01); with scores 1..5, M² = 1.83. His M² = (N − 1)r² differs from the
     * Cochran–Armitage N r² by a factor N/(N − 1) = 1.00003, invisible at three digits.
     */
    @Test
    void matchesAgrestiMalformationExample() {
        long[] present = {48, 38, 5, 1, 1};
        long[] totals = {17114, 14502, 793, 127, 38};
        assertThat(CochranArmitage.test(present, totals, new double[] {0, 0.5, 1.5, 4, 7}).chi2())
                .isCloseTo(6.57, Offset.offset(0.005));
        assertThat(CochranArmitage.test(present, totals).chi2()).isCloseTo(1.83, Offset.offset(0.005));
    }

    /** A linear change of scores (a + b·s, b ≠ 0) leaves X² unchanged; reversing the order does too. */
    @Test
    void isInvariantToLinearRescoringAndReversal() {
        double chi2 = CochranArmitage.test(SMOKERS, PATIENTS).chi2();
        assertThat(CochranArmitage.test(SMOKERS, PATIENTS, new double[] {0, 3, 6, 9}).chi2()).isCloseTo(chi2, EXACT);
        assertThat(CochranArmitage.test(SMOKERS, PATIENTS, new double[] {10, 8, 6, 4}).chi2()).isCloseTo(chi2, EXACT);
        assertThat(CochranArmitage.test(new long[] {70, 129, 90, 83}, new long[] {82, 136, 93, 86}).chi2())
                .isCloseTo(chi2, EXACT);
    }

    /** A wave with no respondents contributes nothing (R drops its NaN proportion). */
    @Test
    void ignoresAGroupWithNoRespondents() {
        TrendTestResult withEmptyWave = CochranArmitage.test(
                new long[] {15, 0, 10, 8}, new long[] {30, 0, 30, 30}, new double[] {1, 1.5, 2, 3});
        assertThat(withEmptyWave.chi2()).isCloseTo(735.0 / 209, EXACT);
    }

    @Test
    void isNotTestableWithoutVariation() {
        assertThat(CochranArmitage.test(new long[] {0, 0, 0}, new long[] {10, 12, 9}).chi2()).isNaN();
        assertThat(CochranArmitage.test(new long[] {10, 12, 9}, new long[] {10, 12, 9}).p()).isNaN();
        assertThat(CochranArmitage.test(new long[] {3, 5}, new long[] {10, 12}, new double[] {2, 2}).chi2()).isNaN();
        assertThat(CochranArmitage.test(new long[] {0, 0}, new long[] {0, 0}).chi2()).isNaN();
    }

    @Test
    void refusesMismatchedOrImpossibleInput() {
        assertThatThrownBy(() -> CochranArmitage.test(new long[] {1, 2}, new long[] {5}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CochranArmitage.test(new long[] {1}, new long[] {5}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CochranArmitage.test(new long[] {6, 2}, new long[] {5, 5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
