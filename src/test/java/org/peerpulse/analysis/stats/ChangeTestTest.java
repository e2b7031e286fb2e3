package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpulse.analysis.stats.Tolerance.EXACT;
import static org.peerpulse.analysis.stats.Tolerance.R_PRINTED;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeTestTest {
    /** R help of chisq.test: chisq.test(matrix(c(12, 5, 7, 7), ncol = 2)), i.e. wave 1: 12 of 19, wave 2: 5 of 12. */
    @Test
    void matchesRChisqTestYatesExample() {
        ChangeTestResult result = ChangeTest.of(12, 19, 5, 12);
        assertThat(result.chi2Yates()).isCloseTo(0.6411203, R_PRINTED);
        assertThat(result.pYates()).isCloseTo(0.4233054, R_PRINTED);
        // E(2,2) = 12·14/31 is the smallest expected count, above 5: chi-square is reported.
        assertThat(result.minExpected()).isCloseTo(12.0 * 14 / 31, EXACT);
        assertThat(result.test()).isEqualTo(TestUsed.CHI2_YATES);
        assertThat(result.p()).isEqualTo(result.pYates());
        assertThat(result.fisherP()).isCloseTo(ExactFisher.twoSided(12, 7, 5, 7), EXACT);
    }

    /**
     * R help of fisher.test, TeaTasting [[3, 1], [1, 3]]: Fisher 0.4857143. Every expected count is 2, so
     * Fisher is reported. chisq.test(TeaTasting) prints X-squared = 0.5, p-value = 0.4795: by the 2×2 form
     * N(|ad − bc| − N/2)² / (r1 r2 c1 c2) = 8·(8 − 4)² / 4⁴ = 0.5 exactly.
     */
    @Test
    void reportsFisherWhenAnExpectedCountIsBelowFive() {
        ChangeTestResult result = ChangeTest.of(3, 4, 1, 4);
        assertThat(result.test()).isEqualTo(TestUsed.FISHER);
        assertThat(result.p()).isCloseTo(0.4857143, R_PRINTED);
        assertThat(result.fisherP()).isEqualTo(result.p());
        assertThat(result.minExpected()).isEqualTo(2.0);
        assertThat(result.chi2Yates()).isCloseTo(0.5, EXACT);
        assertThat(result.pYates()).isCloseTo(0.4795001, R_PRINTED);
    }

    /**
     * The 2×2 closed form X² = N(|ad − bc| − N/2)² / (r1 r2 c1 c2) (valid when |ad − bc| ≥ N/2, i.e. |O − E| ≥ ½);
     * on 1 df, p = 2 Φ(−√X²).
     * 30/50 vs 15/50: N = 100, ad − bc = 30·35 − 20·15 = 750, X² = 100·700²/(50·50·45·55) = 784/99.
     * 83/86 vs 70/82: N = 168, ad − bc = 83·12 − 3·70 = 786, X² = 168·702²/(86·82·153·15) = 5.1155049881….
     * 40/60 vs 20/60: N = 120, ad − bc = 40·40 − 20·20 = 1200, X² = 120·1140²/60⁴ = 361/30.
     */
    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
    @CsvSource({
        "30, 50, 15, 50, 7.919191919191919",
        "83, 86, 70, 82, 5.115504988155217",
        "40, 60, 20, 60, 12.033333333333333",
    })
    void matchesTheTwoByTwoClosedForm(long count1, long n1, long count2, long n2, double chi2) {
        ChangeTestResult result = ChangeTest.of(count1, n1, count2, n2);
        assertThat(result.chi2Yates()).isCloseTo(chi2, EXACT);
        assertThat(result.pYates()).isCloseTo(2 * NormalDistribution.of(0, 1).cumulativeProbability(-Math.sqrt(chi2)), EXACT);
    }

    /**
     * R's cap: [[10, 10], [9, 10]] has E(1,1) = 20·19/39, |O − E| = 10/39 &lt; ½, so the correction is 10/39
     * and X² = 0, p = 1 (an uncapped ½ would give X² &gt; 0).
     */
    @Test
    void yatesCorrectionIsCappedAtTheDeviationAsInR() {
        ChangeTestResult result = ChangeTest.of(10, 20, 9, 19);
        assertThat(result.chi2Yates()).isEqualTo(0.0);
        assertThat(result.pYates()).isEqualTo(1.0);
    }

    /** A zero margin: R's X² is NaN (0/0); the only possible table gives Fisher p = 1, which is reported. */
    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
    @CsvSource({
        " 0, 10,  0, 12", // nobody counted in either wave
        "10, 10, 12, 12", // everybody counted
        " 0,  0,  3, 10", // the first wave has no respondents
    })
    void aZeroMarginReportsFisherPOneAndNoChiSquare(long count1, long n1, long count2, long n2) {
        ChangeTestResult result = ChangeTest.of(count1, n1, count2, n2);
        assertThat(result.chi2Yates()).isNaN();
        assertThat(result.pYates()).isNaN();
        assertThat(result.fisherP()).isEqualTo(1.0);
        assertThat(result.test()).isEqualTo(TestUsed.FISHER);
        assertThat(result.p()).isEqualTo(1.0);
        assertThat(result.minExpected()).isEqualTo(0.0);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> ChangeTest.of(0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangeTest.of(11, 10, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChangeTest.of(1, 10, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void testCodesAreStable() {
        assertThat(TestUsed.CHI2_YATES.code()).isEqualTo("chi2_yates");
        assertThat(TestUsed.FISHER.code()).isEqualTo("fisher");
    }
}
