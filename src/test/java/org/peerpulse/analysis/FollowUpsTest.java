package org.peerpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpulse.analysis.stats.ChangeTest;
import org.peerpulse.analysis.stats.TestUsed;
import org.peerpulse.domain.Intervention;
import org.peerpulse.domain.InterventionId;
import org.peerpulse.domain.InterventionStatus;
import org.peerpulse.domain.ProgramSettings;
import org.peerpulse.domain.SiteId;
import org.peerpulse.domain.StressDomain;
import org.peerpulse.domain.SummaryCounts;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;

/** Follow-up on hand-made counts: three sites (A with the plan, B and C to compare), three waves. */
class FollowUpsTest {
    private static final SiteId A = new SiteId(1);
    private static final SiteId B = new SiteId(2);
    private static final SiteId C = new SiteId(3);
    private static final List<SiteId> SITES = List.of(A, B, C);
    private static final Wave W1 = new Wave(new WaveId(10), "2020-03", LocalDate.of(2020, 3, 15), false);
    private static final Wave W2 = new Wave(new WaveId(11), "2020-09", LocalDate.of(2020, 9, 15), false);
    private static final Wave W3 = new Wave(new WaveId(12), "2021-03", LocalDate.of(2021, 3, 15), false);
    private static final Wave UNDATED = new Wave(new WaveId(13), "spring", null, false);
    private static final List<Wave> WAVES = List.of(W3, UNDATED, W1, W2);
    private static final StressDomain TRAUMA = StressDomain.TRAUMA;

    /** counts[site][wave] = {high, n} for trauma_overall. */
    private static MeasureCalculator calculator(long[][][] counts, boolean showSmall) {
        List<SummaryCounts.ResponseCount> responses = new ArrayList<>();
        List<SummaryCounts.AnsweredCount> answered = new ArrayList<>();
        List<SummaryCounts.ValueCount> values = new ArrayList<>();
        List<Wave> waves = List.of(W1, W2, W3);
        for (int s = 0; s < SITES.size(); s++) {
            for (int w = 0; w < waves.size(); w++) {
                long high = counts[s][w][0];
                long n = counts[s][w][1];
                WaveId wave = waves.get(w).id();
                responses.add(new SummaryCounts.ResponseCount(SITES.get(s), wave, n));
                answered.add(new SummaryCounts.AnsweredCount(SITES.get(s), wave, "trauma_overall", n));
                values.add(new SummaryCounts.ValueCount(SITES.get(s), wave, "trauma_overall", "5", high));
                values.add(new SummaryCounts.ValueCount(SITES.get(s), wave, "trauma_overall", "1", n - high));
            }
        }
        return new MeasureCalculator(new SummaryCounts(responses, answered, values, List.of()),
                ProgramSettings.DEFAULTS, new SmallNumbers(5, showSmall));
    }

    private static Intervention plan(SiteId site, LocalDate start, LocalDate end) {
        return new Intervention(new InterventionId(1), "Debriefing circles", null, List.of(site), List.of(TRAUMA),
                null, start, end, InterventionStatus.ACTIVE, null, false);
    }

    private static final long[][][] COUNTS = {
            {{16, 22}, {9, 25}, {8, 24}},
            {{10, 20}, {9, 20}, {11, 21}},
            {{6, 12}, {7, 14}, {5, 10}}};

    @Test
    void comparesTheLastWaveBeforeTheStartWithTheFirstAndLatestAfter() {
        Intervention plan = plan(A, LocalDate.of(2020, 4, 1), null);
        List<FollowUp> rows = FollowUps.of(calculator(COUNTS, false), plan, WAVES, SITES, List.of(plan));
        assertThat(rows).hasSize(1);
        FollowUp row = rows.get(0);
        assertThat(row.before().wave()).isEqualTo(W1);
        assertThat(row.after().wave()).isEqualTo(W2);
        assertThat(row.latest().wave()).isEqualTo(W3);
        assertThat(row.before().figure().count()).isEqualTo(16);
        assertThat(row.before().figure().n()).isEqualTo(22);
        assertThat(row.after().figure().proportion()).isCloseTo(9 / 25.0, within(1e-12));
        // 16/22 against 9/25: the 2×2 test of analysis.md, not a re-implementation
        var expected = ChangeTest.of(16, 22, 9, 25);
        assertThat(row.change().test()).isEqualTo(expected);
        assertThat(row.change().test().test()).isEqualTo(TestUsed.CHI2_YATES);
        // by hand: X² = 47 (|16·16 − 6·9| − 23.5)² / (22·25·25·22) = 4.950498; p = 0.026083
        // (scipy chi2_contingency with Yates, as R's chisq.test(matrix(c(16, 9, 6, 16), ncol = 2)))
        assertThat(row.change().test().chi2Yates()).isCloseTo(4.950498, within(1e-6));
        assertThat(row.change().test().p()).isCloseTo(0.026083, within(1e-6));
        assertThat(row.outcome()).isEqualTo(FollowUp.Outcome.FELL);
        // B and C together: 16/32 → 16/34
        assertThat(row.comparisonSites()).containsExactly(B, C);
        assertThat(row.comparison().points()).isCloseTo((16 / 34.0 - 16 / 32.0) * 100, within(1e-9));
        assertThat(row.comparisonToLatest().points()).isCloseTo((16 / 31.0 - 16 / 32.0) * 100, within(1e-9));
        assertThat(row.suppressed()).isFalse();
    }

    @Test
    void aSiteWithItsOwnPlanOnTheDomainInThatTimeIsNoComparison() {
        Intervention plan = plan(A, LocalDate.of(2020, 4, 1), null);
        Intervention atB = new Intervention(new InterventionId(2), "Grief circles", null, List.of(B), List.of(TRAUMA),
                null, LocalDate.of(2020, 6, 1), null, InterventionStatus.ACTIVE, null, false);
        Intervention atCEndedBefore = new Intervention(new InterventionId(3), "Counselling", null, List.of(C),
                List.of(TRAUMA), null, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 1), InterventionStatus.DONE,
                null, false);
        Intervention atCOtherDomain = new Intervention(new InterventionId(4), "Wage top-up", null, List.of(C),
                List.of(StressDomain.FINANCIAL), null, LocalDate.of(2020, 6, 1), null, InterventionStatus.ACTIVE,
                null, false);
        FollowUp row = FollowUps.of(calculator(COUNTS, false), plan, WAVES, SITES,
                List.of(plan, atB, atCEndedBefore, atCOtherDomain)).get(0);
        assertThat(row.comparisonSites()).containsExactly(C);
        assertThat(row.comparison().points()).isCloseTo((7 / 14.0 - 6 / 12.0) * 100, within(1e-9));
    }

    @Test
    void aGroupUnderKShowsNoFiguresAndNoTest() {
        long[][][] counts = {
                {{3, 4}, {9, 25}, {8, 24}},
                {{10, 20}, {9, 20}, {11, 21}},
                {{6, 12}, {7, 14}, {5, 10}}};
        Intervention plan = plan(A, LocalDate.of(2020, 4, 1), null);
        FollowUp row = FollowUps.of(calculator(counts, false), plan, WAVES, SITES, List.of(plan)).get(0);
        assertThat(row.suppressed()).isTrue();
        assertThat(row.before().figure().n()).isNull();
        assertThat(row.before().figure().count()).isNull();
        assertThat(row.before().figure().proportion()).isNull();
        assertThat(row.change().test()).isNull();
        assertThat(row.change().points()).isNull();
        assertThat(row.outcome()).isEqualTo(FollowUp.Outcome.SUPPRESSED);
        // with the internal-use override the figure is there
        FollowUp internal = FollowUps.of(calculator(counts, true), plan, WAVES, SITES, List.of(plan)).get(0);
        assertThat(internal.before().figure().n()).isEqualTo(4);
    }

    @Test
    void theComparisonIsShownWhenItHoldsEveryHiddenSiteAndHiddenWhenOneIsOutsideIt() {
        long[][][] counts = {
                {{15, 22}, {9, 25}, {8, 24}},
                {{10, 20}, {9, 20}, {11, 21}},
                {{6, 12}, {2, 3}, {5, 10}}};
        // C has 3 in 2020-09, so B is hidden beside it; C's total over the waves is known (the list of
        // sites), so its 2021-03 is hidden too, and B's beside it: B and C are hidden in 2020-09 and 2021-03
        Intervention plan = plan(A, LocalDate.of(2020, 4, 1), null);
        FollowUp row = FollowUps.of(calculator(counts, false), plan, WAVES, SITES, List.of(plan)).get(0);
        assertThat(row.comparisonSites()).containsExactly(B, C);
        // B and C hold both hidden sites: they are the program less A, which every reader works out
        assertThat(row.comparison().from().n()).isEqualTo(32);
        assertThat(row.comparison().to().n()).isEqualTo(48 - 25);
        assertThat(row.comparison().to().count()).isEqualTo(20 - 9);
        assertThat(row.comparison().points()).isCloseTo(100.0 * 11 / 23 - 100.0 * 16 / 32, within(1e-9));
        assertThat(row.comparisonToLatest().to().n()).isEqualTo(55 - 24);
        assertThat(row.comparisonToLatest().to().count()).isEqualTo(24 - 8);
        assertThat(row.after().figure().n()).as("A's own figures are shown").isEqualTo(25);
        // with the plan at B, A and C hold C but not B: A and C less A would be C
        Intervention atB = plan(B, LocalDate.of(2020, 4, 1), null);
        FollowUp other = FollowUps.of(calculator(counts, false), atB, WAVES, SITES, List.of(atB)).get(0);
        assertThat(other.comparisonSites()).containsExactly(A, C);
        assertThat(other.comparison().to().suppressed()).isTrue();
        assertThat(other.comparison().points()).isNull();
        assertThat(other.comparisonToLatest().to().suppressed()).isTrue();
    }

    @Test
    void noWaveAfterTheStartYetAndNoWaveBefore() {
        Intervention future = plan(A, LocalDate.of(2022, 1, 1), null);
        FollowUp later = FollowUps.of(calculator(COUNTS, false), future, WAVES, SITES, List.of(future)).get(0);
        assertThat(later.before().wave()).isEqualTo(W3);
        assertThat(later.after().exists()).isFalse();
        assertThat(later.change()).isNull();
        assertThat(later.outcome()).isEqualTo(FollowUp.Outcome.NO_WAVE_AFTER);
        Intervention early = plan(A, LocalDate.of(2019, 1, 1), null);
        FollowUp first = FollowUps.of(calculator(COUNTS, false), early, WAVES, SITES, List.of(early)).get(0);
        assertThat(first.before().exists()).isFalse();
        assertThat(first.outcome()).isEqualTo(FollowUp.Outcome.NO_WAVE_BEFORE);
    }

    @Test
    void aStartOnAWavesDateCountsThatWaveAsAfter() {
        Intervention plan = plan(A, W2.date(), null);
        FollowUp row = FollowUps.of(calculator(COUNTS, false), plan, WAVES, SITES, List.of(plan)).get(0);
        assertThat(row.before().wave()).isEqualTo(W1);
        assertThat(row.after().wave()).isEqualTo(W2);
    }
}
