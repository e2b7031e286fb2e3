package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpulse.analysis.stats.Tolerance.EXACT;
import static org.peerpulse.analysis.stats.Tolerance.R_PRINTED;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeanEstimateTest {
    /** R: t.test(1:10) → mean 5.5, 95 percent confidence interval 3.334149 7.665851; sd(1:10) = √(55/6). */
    @Test
    void matchesRTTestOfOneToTen() {
        MeanEstimate estimate = MeanEstimate.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(estimate.n()).isEqualTo(10);
        assertThat(estimate.mean()).isEqualTo(5.5);
        assertThat(estimate.sd()).isCloseTo(Math.sqrt(55.0 / 6), EXACT);
        assertThat(estimate.ci().low()).isCloseTo(3.334149, R_PRINTED);
        assertThat(estimate.ci().high()).isCloseTo(7.665851, R_PRINTED);
    }

    /**
     * R help of t.test, sleep data, paired: t.test(extra ~ group, data = sleep, paired = TRUE) is the one-sample
     * t interval of the ten differences (group 1 − group 2): mean −1.58, 95% CI −2.4598858 −0.7001142.
     */
    @Test
    void matchesRPairedSleepExample() {
        double[] differences = {-1.2, -2.4, -1.3, -1.3, 0.0, -1.0, -1.8, -0.8, -4.6, -1.4};
        MeanEstimate estimate = MeanEstimate.of(differences);
        assertThat(estimate.mean()).isCloseTo(-1.58, EXACT);
        assertThat(estimate.ci().low()).isCloseTo(-2.4598858, R_PRINTED);
        assertThat(estimate.ci().high()).isCloseTo(-0.7001142, R_PRINTED);
    }

    @Test
    void fromSumsAgreesWithTheValues() {
        double[] values = {4, 2, 5, 5, 3, 1, 4, 4};
        double sum = Arrays.stream(values).sum();
        double sumOfSquares = Arrays.stream(values).map(v -> v * v).sum();
        MeanEstimate fromSums = MeanEstimate.fromSums(values.length, sum, sumOfSquares);
        MeanEstimate fromValues = MeanEstimate.of(values);
        assertThat(fromSums.mean()).isCloseTo(fromValues.mean(), EXACT);
        assertThat(fromSums.sd()).isCloseTo(fromValues.sd(), EXACT);
        assertThat(fromSums.ci().low()).isCloseTo(fromValues.ci().low(), EXACT);
        assertThat(fromSums.ci().high()).isCloseTo(fromValues.ci().high(), EXACT);
    }

    @Test
    void oneValueHasNoSpreadAndNoInterval() {
        MeanEstimate single = MeanEstimate.of(3.0);
        assertThat(single.mean()).isEqualTo(3.0);
        assertThat(single.sd()).isNaN();
        assertThat(single.ci()).isEqualTo(Interval.UNDEFINED);
        assertThat(single.ci().isDefined()).isFalse();
        assertThat(MeanEstimate.fromSums(1, 3.0, 9.0).ci().isDefined()).isFalse();
    }

    @Test
    void equalValuesGiveAPointInterval() {
        MeanEstimate estimate = MeanEstimate.of(2, 2, 2, 2);
        assertThat(estimate.sd()).isZero();
        assertThat(estimate.ci()).isEqualTo(new Interval(2, 2));
        assertThat(MeanEstimate.fromSums(4, 8, 16).ci()).isEqualTo(new Interval(2, 2));
    }

    @Test
    void refusesNoValues() {
        assertThatThrownBy(MeanEstimate::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeanEstimate.fromSums(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeanEstimate.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
