package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpulse.analysis.stats.Tolerance.EXACT;
import static org.peerpulse.analysis.stats.Tolerance.R_PRINTED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonTest {
    /** qnorm(0.975). */
    private static final double Z = 1.959963984540054;

    /** analysis.md checks; R: prop.test(x, n, correct = FALSE)$conf.int. */
    @ParameterizedTest(name = "{0}/{1} -> [{2}, {3}]")
    @CsvSource({
        "81, 263, 0.2552885, 0.3662096",
        " 0,  20, 0,         0.1611252",
    })
    void matchesRPropTestWithoutCorrection(long x, long n, double low, double high) {
        Interval interval = Wilson.interval(x, n);
        assertThat(interval.low()).isCloseTo(low, R_PRINTED);
        assertThat(interval.high()).isCloseTo(high, R_PRINTED);
    }

    /** The Wilson closed form, as R's prop.test writes it: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n). */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"1, 2", "3, 8", "7, 10", "50, 100", "1, 1000", "999, 1000", "5, 7"})
    void matchesTheClosedForm(long x, long n) {
        double p = (double) x / n;
        double centre = p + Z * Z / (2.0 * n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
        double scale = 1 + Z * Z / n;
        Interval interval = Wilson.interval(x, n);
        assertThat(interval.low()).isCloseTo((centre - spread) / scale, EXACT);
        assertThat(interval.high()).isCloseTo((centre + spread) / scale, EXACT);
    }

    /** At 0 and n the closed form reduces to [0, z²/(n + z²)] and [n/(n + z²), 1], ends exact as in R. */
    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"1", "8", "20", "263"})
    void endsAreExactAtNoneAndAll(long n) {
        assertThat(Wilson.interval(0, n).low()).isEqualTo(0.0);
        assertThat(Wilson.interval(0, n).high()).isCloseTo(Z * Z / (n + Z * Z), EXACT);
        assertThat(Wilson.interval(n, n).high()).isEqualTo(1.0);
        assertThat(Wilson.interval(n, n).low()).isCloseTo(n / (n + Z * Z), EXACT);
    }

    @Test
    void refusesAProportionOfNobody() {
        assertThatThrownBy(() -> Wilson.interval(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCountsOutsideTheTrials() {
        assertThatThrownBy(() -> Wilson.interval(21, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wilson.interval(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
