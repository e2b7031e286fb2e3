package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Figure;
import org.peerpulse.domain.Measure;

/** How a share reads in the health and change tables, at provincial counts too; how a date reads and is typed. */
class FormatsTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.CANADA);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aShareSaysWhatItCountsHiddenOrNone() {
        Figure provincial = new Figure(Measure.HIGH, 9_716L, 3_064L, 3_064 / 9_716.0, null, null, null, false);
        assertThat(Formats.share(provincial, 5)).isEqualTo("32% (3,064 of 9,716)");
        assertThat(Formats.share(Figure.suppressed(Measure.HIGH), 5)).isEqualTo("<5");
        assertThat(Formats.share(Figure.empty(Measure.HIGH), 6)).isEqualTo("\u2013");
    }

    @Test
    void aChangeInPointsSaysPointInTheSingular() {
        assertThat(Formats.pointsChange(-1.2)).isEqualTo("\u22121 point");
        assertThat(Formats.pointsChange(0.6)).isEqualTo("+1 point");
        assertThat(Formats.pointsChange(0.4)).isEqualTo("0 points");
        assertThat(Formats.pointsChange(8)).isEqualTo("+8 points");
        assertThat(Formats.pointsChange(-1_234)).isEqualTo("\u22121,234 points");
    }

    @Test
    void aDateIsTypedAsTheTablesWriteItOrAsIso() {
        java.time.LocalDate june = java.time.LocalDate.of(2022, 6, 1);
        assertThat(Formats.date(june)).isEqualTo("Jun. 1, 2022");
        assertThat(Formats.parseDate("Jun. 1, 2022")).isEqualTo(june);
        assertThat(Formats.parseDate(" jun. 1, 2022 ")).isEqualTo(june);
        assertThat(Formats.parseDate("2022-06-01")).isEqualTo(june);
        assertThat(Formats.parseDate("  ")).isNull();
        assertThatThrownBy(() -> Formats.parseDate("6/1/2022")).as("day or month first: refused")
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}
