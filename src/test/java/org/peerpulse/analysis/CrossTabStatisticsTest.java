package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.stats.ContingencyResult;
import org.peerpulse.analysis.stats.ContingencyTest;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.Response;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.WaveId;

/**
 * A cross-tab's statistics beside its totals can give a hidden count back (analysis.md: no hidden
 * value may be derived from any view), so a table that hides a figure shows no test.
 */
class CrossTabStatisticsTest {
    private static final String[] HOUSING = {"stable", "unstable", "unhoused"};
    /** cli.md's example: housing_status × high_financial, the unhoused "no" a 2. */
    private static final long[][] CONTRACT_EXAMPLE = {{20, 8}, {5, 9}, {2, 6}};

    @Test
    void theContractsExampleHidesItsTwoAndWithItTheTest() {
        CrossTab tab = crossTab(CONTRACT_EXAMPLE, new SmallNumbers(5, false));

        assertThat(tab.counts().cell(2, 0).hidden()).isTrue();
        assertThat(tab.n()).isEqualTo(50);
        assertThat(tab.test()).isNull();
        assertThat(tab.statisticsHidden()).isTrue();
    }

    @Test
    void itsStatisticsBesideItsRowTotalsWouldHaveGivenTheHiddenCountsBack() {
        SuppressedTable shown = new SmallNumbers(5, false).protect(CONTRACT_EXAMPLE);
        ContingencyResult published = ContingencyTest.of(CONTRACT_EXAMPLE);
        long[] rowTotals = new long[3];
        for (int i = 0; i < 3; i++) {
            assertThat(shown.rowTotal(i).hidden()).as("row %d's total is shown", i).isFalse();
            rowTotals[i] = shown.rowTotal(i).count().getAsLong();
        }

        // A reader tries every table with those row totals and keeps those whose statistics read the same
        // as the command line printed them (chi-square to 4 decimals, the smallest expected count to 2).
        List<long[][]> alike = new ArrayList<>();
        for (long a = 0; a <= rowTotals[0]; a++) {
            for (long b = 0; b <= rowTotals[1]; b++) {
                for (long c = 0; c <= rowTotals[2]; c++) {
                    long[][] table = {{a, rowTotals[0] - a}, {b, rowTotals[1] - b}, {c, rowTotals[2] - c}};
                    if (a + b + c == 0 || a + b + c == 50) {
                        continue;
                    }
                    ContingencyResult test = ContingencyTest.of(table);
                    if (Math.round(test.chi2() * 1e4) == Math.round(published.chi2() * 1e4)
                            && Math.round(test.minExpected() * 100) == Math.round(published.minExpected() * 100)) {
                        alike.add(table);
                    }
                }
            }
        }

        assertThat(alike).as("the tables a reader cannot tell from the published one").hasSize(2)
                .allSatisfy(table -> assertThat(table[2][0] == 2 || table[2][1] == 2)
                        .as("either way the unhoused row holds the hidden 2").isTrue());
    }

    @Test
    void aTableHidingNothingKeepsItsTest() {
        CrossTab tab = crossTab(new long[][] {{20, 8}, {15, 9}, {12, 6}}, new SmallNumbers(5, false));

        assertThat(tab.counts().hidesAny()).isFalse();
        assertThat(tab.statisticsHidden()).isFalse();
        assertThat(tab.test().chi2()).isCloseTo(0.4695, org.assertj.core.data.Offset.offset(1e-4)); // R: chisq.test(correct = FALSE)
    }

    @Test
    void withSmallNumbersShownTheTestIsShownAsRGivesIt() {
        CrossTab tab = crossTab(CONTRACT_EXAMPLE, new SmallNumbers(5, true));

        assertThat(tab.statisticsHidden()).isFalse();
        assertThat(tab.test().chi2()).isCloseTo(8.017, org.assertj.core.data.Offset.offset(5e-4)); // cli.md
        assertThat(tab.test().p()).isCloseTo(0.0182, org.assertj.core.data.Offset.offset(5e-5));
    }

    @Test
    void aGroupNobodyInAnsweredHasNoFigureHiddenAndNoTest() {
        CrossTab tab = crossTab(new long[][] {{0, 0}, {0, 0}, {0, 0}}, new SmallNumbers(5, false));

        assertThat(tab.n()).isZero();
        assertThat(tab.counts().hidesAny()).isFalse();
        assertThat(tab.test()).isNull();
        assertThat(tab.statisticsHidden()).isFalse();
    }

    private static CrossTab crossTab(long[][] counts, SmallNumbers protection) {
        Variable housing = Variable.named("housing_status", ProgramSettings.DEFAULTS).orElseThrow();
        Variable high = Variable.named("high_financial", ProgramSettings.DEFAULTS).orElseThrow();
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                for (long r = 0; r < counts[i][j]; r++) {
                    responses.add(new Response(new SiteId(1), new WaveId(1), null, null, null,
                            Map.of("housing_status", HOUSING[i], "fin_overall", j == 1 ? "5" : "1")));
                }
            }
        }
        return CrossTab.of(housing, high, responses, null, null, protection);
    }
}
