package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A p-value never reads as 0.05 beside a verdict it contradicts, nor in scientific notation. */
class PValueTest {
    @Test
    void threeDecimalsBelowATenthAndFourWhereThreeWouldReadTheThreshold() {
        assertThat(PValue.text(0.046, Locale.ROOT)).isEqualTo("p = 0.046");
        assertThat(PValue.text(0.054, Locale.ROOT)).isEqualTo("p = 0.054");
        assertThat(PValue.text(0.0496, Locale.ROOT)).isEqualTo("p = 0.0496");
        assertThat(PValue.text(0.0503, Locale.ROOT)).isEqualTo("p = 0.0503");
        assertThat(PValue.text(0.004131897, Locale.ROOT)).as("R's prop.trend.test example").isEqualTo("p = 0.004");
        assertThat(PValue.text(0.4233054, Locale.ROOT)).isEqualTo("p = 0.42");
        assertThat(PValue.text(1.0, Locale.ROOT)).isEqualTo("p = 1.00");
        assertThat(PValue.text(3.379e-6, Locale.ROOT)).isEqualTo("p < 0.001");
        assertThat(PValue.text(0.0582, Locale.CANADA_FRENCH)).isEqualTo("p = 0,058");
    }
}
