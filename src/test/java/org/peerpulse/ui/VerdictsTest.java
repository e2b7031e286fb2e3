package org.peerpulse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.Change;
import org.peerpulse.analysis.Figure;
import org.peerpulse.domain.Measure;

/** A change without a test says why: nobody answered (in both waves or one), or too few did. */
class VerdictsTest {
    private static final Figure NOBODY = Figure.empty(Measure.HIGH);
    private static final Figure HIDDEN = Figure.suppressed(Measure.HIGH);
    private static final Figure SOME = new Figure(Measure.HIGH, 8L, 3L, 3 / 8.0, 0.14, 0.69, null, false);

    @Test
    void aDomainNobodyAnsweredInEitherWaveSaysSoNotTooFew() {
        Change change = new Change(NOBODY, NOBODY, null);
        assertThat(Verdicts.brief(change)).isEqualTo("No answers in either wave");
        assertThat(Verdicts.of(change)).isEqualTo("No answers in either wave: nothing to compare.");
    }

    @Test
    void aDomainNobodyAnsweredInOneWaveSaysSo() {
        assertThat(Verdicts.brief(new Change(SOME, NOBODY, null))).isEqualTo("No answers in one wave");
        assertThat(Verdicts.of(new Change(NOBODY, SOME, null)))
                .isEqualTo("No answers in one of the two waves: nothing to compare.");
    }

    @Test
    void hiddenOrFewAnswersAreStillTooFewToTest() {
        assertThat(Verdicts.brief(new Change(HIDDEN, HIDDEN, null))).isEqualTo("Too few responses to test");
        assertThat(Verdicts.brief(new Change(SOME, SOME, null))).isEqualTo("Too few responses to test");
        assertThat(Verdicts.of(new Change(HIDDEN, NOBODY, null))).isEqualTo("No answers in one of the two waves: "
                + "nothing to compare.");
    }
}
