package org.peerpulse.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Figure;
import org.peerpulse.domain.Measure;

/** How the PDF report writes a share with what it counts: one line, thousands grouped, hidden as "<k". */
class ReportTextTest {
    @Test
    void aShareIsWrittenWithItsCountsGroupedByThousands() {
        Figure provincial = new Figure(Measure.HIGH, 9_711L, 3_693L, 3_693 / 9_711.0, null, null, null, false);
        Figure site = new Figure(Measure.HIGH, 23L, 14L, 14 / 23.0, null, null, null, false);

        assertThat(ReportText.figure(provincial, 5)).isEqualTo("38.0%\u00a0(3,693/9,711)");
        assertThat(ReportText.figure(site, 5)).isEqualTo("60.9%\u00a0(14/23)");
        assertThat(ReportText.figure(Figure.suppressed(Measure.HIGH), 5)).isEqualTo("<5");
        assertThat(ReportText.figure(Figure.empty(Measure.HIGH), 5)).isEqualTo("no answers");
    }
}
