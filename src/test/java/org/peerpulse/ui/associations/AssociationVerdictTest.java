package org.peerpulse.ui.associations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.stats.ContingencyResult;

/** The associations view's plain words follow the test its caution trusts, not always chi-square. */
class AssociationVerdictTest {
    @Test
    void aSmallTwoByTwoTableIsReadByFishersP() {
        // chi-square says p = 0.03, Fisher p = 0.12: expected counts below 5, so Fisher's is the one to read
        ContingencyResult small = new ContingencyResult(4.7, 1, 0.03, true, 0.12, 0.35, 2.1, true);
        assertThat(AssociationsView.verdict(small)).startsWith("No clear association");
        ContingencyResult large = new ContingencyResult(4.7, 1, 0.03, true, 0.04, 0.35, 12.0, false);
        assertThat(AssociationsView.verdict(large)).startsWith("A real association");
    }

    @Test
    void aLargerTableWithSmallExpectedCountsGetsNoVerdict() {
        ContingencyResult sparse = new ContingencyResult(11.2, 4, 0.02, false, null, 0.3, 0.8, true);
        assertThat(AssociationsView.verdict(sparse)).startsWith("Not conclusive: some expected counts are below 5");
    }
}
