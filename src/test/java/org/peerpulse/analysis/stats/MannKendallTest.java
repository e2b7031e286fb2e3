package org.peerpulse.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpulse.analysis.stats.Tolerance.EXACT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MannKendallTest {
    /**
     * n = 4: the 24 orders give S = 6, 4, 2, 0, −2, −4, −6 with counts 1, 3, 5, 6, 5, 3, 1 (permutations of
     * 4 by inversions: the Mahonian numbers), so P(S = 6) = 1/24 and a rising series has p = 2/24.
     */
    @Test
    void exactDistributionForFourIsTheKnownOne() {
        assertThat(KendallDistribution.inversionCounts(4)).containsExactly(1, 3, 5, 6, 5, 3, 1);
        MannKendallResult rising = MannKendall.test(1, 2, 3, 4);
        assertThat(rising.s()).isEqualTo(6);
        assertThat(rising.exact()).isTrue();
        assertThat(rising.p()).isCloseTo(2.0 / 24, EXACT);
        assertThat(MannKendall.test(4, 3, 2, 1).p()).isCloseTo(2.0 / 24, EXACT);
        // S = 4 (one inversion): |S| ≥ 4 for 1 + 3 + 3 + 1 of 24 orders.
        assertThat(MannKendall.test(2, 1, 3, 4).p()).isCloseTo(8.0 / 24, EXACT);
    }

    /** R: cor.test(1:5, 1:5, method = "kendall") → T = 10, p-value = 0.01667 (= 2/120). */
    @Test
    void matchesRCorTestExactForFive() {
        MannKendallResult result = MannKendall.test(1, 2, 3, 4, 5);
        assertThat(result.s()).isEqualTo(10);
        assertThat(result.p()).isCloseTo(2.0 / 120, EXACT);
    }

    /** For every order of n distinct values, p equals the share of all n! orders with |S| at least as large. */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7})
    void exactPMatchesEnumerationOfAllOrders(int n) {
        List<double[]> orders = permutations(n);
        Map<Long, Integer> countBySize = new TreeMap<>();
        for (double[] order : orders) {
            countBySize.merge(Math.abs(MannKendall.statistic(order)), 1, Integer::sum);
        }
        for (double[] order : orders) {
            MannKendallResult result = MannKendall.test(order);
            long size = Math.abs(result.s());
            long atLeastAsExtreme = countBySize.entrySet().stream()
                    .filter(e -> e.getKey() >= size).mapToLong(Map.Entry::getValue).sum();
            assertThat(result.exact()).isTrue();
            assertThat(result.p()).isCloseTo((double) atLeastAsExtreme / orders.size(), EXACT);
        }
    }

    /** 9 values use the exact distribution (n &lt; 10); its counts sum to 9!. */
    @Test
    void nineValuesAreStillExact() {
        assertThat(MannKendall.test(1, 2, 3, 4, 5, 6, 7, 8, 9).exact()).isTrue();
        assertThat(MannKendall.test(1, 2, 3, 4, 5, 6, 7, 8, 9).p()).isCloseTo(2.0 / 362880, EXACT);
        assertThat(java.util.Arrays.stream(KendallDistribution.inversionCounts(9)).sum()).isEqualTo(362880);
    }

    /**
     * n = 10, rising: S = 45, Var S = 10·9·25/18 = 125, Z = (45 − 1)/√125, p = 2 Φ(−Z).
     * Ties, 1, 2, 2, 3: S = 5 (five rising pairs, one tie), Var S = (4·3·13 − 2·1·9)/18 = 138/18, Z = 4/√(138/18).
     */
    @Test
    void normalApproximationWithTieAndContinuityCorrection() {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        MannKendallResult rising = MannKendall.test(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rising.s()).isEqualTo(45);
        assertThat(rising.exact()).isFalse();
        assertThat(rising.p()).isCloseTo(2 * normal.cumulativeProbability(-44 / Math.sqrt(125)), EXACT);

        MannKendallResult tied = MannKendall.test(1, 2, 2, 3);
        assertThat(tied.s()).isEqualTo(5);
        assertThat(tied.exact()).isFalse();
        assertThat(tied.p()).isCloseTo(2 * normal.cumulativeProbability(-4 / Math.sqrt(138.0 / 18)), EXACT);

        MannKendallResult falling = MannKendall.test(3, 3, 2, 1);
        // pairs: (3,3) 0, then 5 falling → S = −5; same variance; Z = (−5 + 1)/√(138/18)
        assertThat(falling.s()).isEqualTo(-5);
        assertThat(falling.p()).isCloseTo(tied.p(), EXACT);
    }

    @Test
    void noTrendGivesPOne() {
        // 2, 4, 1, 3: rising pairs (2,4), (2,3), (1,3); falling (2,1), (4,1), (4,3): S = 0
        MannKendallResult flat = MannKendall.test(2, 4, 1, 3);
        assertThat(flat.s()).isEqualTo(0);
        assertThat(flat.p()).isEqualTo(1.0);
    }

    @Test
    void isNotTestableForOneValueOrAConstantSeries() {
        assertThat(MannKendall.test(3.5).p()).isNaN();
        assertThat(MannKendall.test().p()).isNaN();
        MannKendallResult constant = MannKendall.test(2, 2, 2, 2, 2);
        assertThat(constant.s()).isZero();
        assertThat(constant.p()).isNaN();
        assertThat(MannKendall.test(1, 2).p()).isEqualTo(1.0);
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> MannKendall.test(1, Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<double[]> permutations(int n) {
        List<double[]> result = new ArrayList<>();
        permute(new double[n], new boolean[n], 0, result);
        return result;
    }

    private static void permute(double[] current, boolean[] used, int position, List<double[]> result) {
        if (position == current.length) {
            result.add(current.clone());
            return;
        }
        for (int value = 0; value < current.length; value++) {
            if (!used[value]) {
                used[value] = true;
                current[position] = value + 1;
                permute(current, used, position + 1, result);
                used[value] = false;
            }
        }
    }
}
