package org.peerpulse.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A survey round named the way another tool writes it is the same wave, not a second one beside it. */
class WaveNamesTest {
    private static final Wave MARCH_2020 = new Wave(new WaveId(1), "2020-03", null, false);

    @Test
    void theLabelIgnoringCaseSpacesAndPunctuation() {
        assertThat(MARCH_2020.isNamed("2020_03")).isTrue();
        assertThat(MARCH_2020.isNamed("2020 03")).isTrue();
        assertThat(MARCH_2020.isNamed("2020-09")).isFalse();
    }

    @Test
    void aRedcapEventNameWithTheWordWave() {
        assertThat(MARCH_2020.isNamed("wave_2020_03")).isTrue();
        assertThat(new Wave(new WaveId(2), "Wave 3", null, false).isNamed("3")).isTrue();
        assertThat(MARCH_2020.isNamed("wave_2020_09")).isFalse();
    }

    @Test
    void theMonthAsASpreadsheetShowsIt() {
        assertThat(MARCH_2020.isNamed("Mar-20")).isTrue();
        assertThat(MARCH_2020.isNamed("March 2020")).isTrue();
        assertThat(MARCH_2020.isNamed("mar 2020")).isTrue();
        assertThat(MARCH_2020.isNamed("Mar-21")).isFalse();
        assertThat(MARCH_2020.isNamed("Apr-20")).isFalse();
        assertThat(new Wave(new WaveId(3), "Spring 2020", null, false).isNamed("Mar-20")).isFalse();
    }
}
