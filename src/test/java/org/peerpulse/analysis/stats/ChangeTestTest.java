package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The 2×2 change test against values R prints. */
class ChangeTestTest {

    @Test
    void yatesChiSquareMatchesRChisqTestHelpExample() {
        // R: chisq.test(matrix(c(12, 5, 7, 7), ncol = 2)) → X-squared = 0.64112, p-value = 0.4233
        ChangeTestResult result = ChangeTest.of(12, 19, 5, 12);
        assertThat(result.chi2Yates()).isCloseTo(0.6411203, within(1e-7));
        assertThat(result.pYates()).isCloseTo(0.4233054, within(1e-7));
        // expected counts 19 × 17 / 31 … the smallest is 12 × 14 / 31 = 5.419 ≥ 5: chi-square is reported
        assertThat(result.minExpected()).isCloseTo(12.0 * 14 / 31, within(1e-12));
        assertThat(result.test()).isEqualTo(TestUsed.CHI2_YATES);
        assertThat(result.p()).isEqualTo(result.pYates());
    }

    @Test
    void fisherIsReportedWhenAnExpectedCountIsBelowFive() {
        // R: fisher.test(TeaTasting) with TeaTasting = matrix(c(3, 1, 1, 3), nrow = 2) → p-value = 0.4857
        ChangeTestResult result = ChangeTest.of(3, 4, 1, 4);
        assertThat(result.fisherP()).isCloseTo(0.4857143, within(1e-7));
        assertThat(result.minExpected()).isEqualTo(2.0);
        assertThat(result.test()).isEqualTo(TestUsed.FISHER);
        assertThat(result.p()).isEqualTo(result.fisherP());
    }

    @Test
    void aTableWithAnEmptyColumnHasNoChiSquareAndFisherPOfOne() {
        // R: chisq.test(matrix(c(0, 0, 10, 12), 2)) gives NaN; fisher.test gives p = 1
        ChangeTestResult result = ChangeTest.of(0, 10, 0, 12);
        assertThat(result.chi2Yates()).isNaN();
        assertThat(result.fisherP()).isEqualTo(1.0);
        assertThat(result.test()).isEqualTo(TestUsed.FISHER);
    }

    @Test
    void yatesCorrectionIsCappedAtTheDeviationAsInR() {
        // O = E exactly: |O − E| = 0, so the correction is min(0.5, 0) = 0 and X² = 0, p = 1
        ChangeTestResult result = ChangeTest.of(10, 20, 10, 20);
        assertThat(result.chi2Yates()).isZero();
        assertThat(result.pYates()).isEqualTo(1.0);
    }
}
